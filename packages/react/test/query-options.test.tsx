import { type BatchJob, createClient } from '@mistral-batch/core'
import { batchJobQueryOptions, batchJobsQueryOptions, batchKeys } from '@mistral-batch/core/query'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
// The observers' schedule, read from core's internals (not a public export) so the test checks the real one.
import { DEFAULT_MAX_INTERVAL_MS, pollDelay } from '../../core/src/observe/poll-delay'
import { makeJob } from './fake-api'

// Real @tanstack/react-query over a real core client whose fetch is a recording fake; fake timers.
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

/** A client whose n-th request (1-based) for a job answers `makeJob(script(n))`; `times` records each. */
function scriptedApi(script: (n: number) => Partial<BatchJob>) {
  const times: number[] = []
  const signals: AbortSignal[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    times.push(Date.now())
    if (init?.signal) signals.push(init.signal)
    const url = new URL(new Request(input, init).url)
    const job = makeJob(script(times.length))
    return json(url.pathname.endsWith('/jobs') ? { data: [job], object: 'list', total: 1 } : job)
  }
  const client = createClient({ apiKey: 'test-key', baseURL: 'https://api.test', fetch, retry: false })
  return { client, times, signals }
}

let queryClient: QueryClient
const renderQuery = (ui: ReactNode) =>
  render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? 0))

function Job(props: { client: ReturnType<typeof scriptedApi>['client']; id?: string }) {
  const { data } = useQuery(batchJobQueryOptions(props.client, props.id ?? 'job-1'))
  return <p data-testid="job">{`${data?.status ?? '-'} ${data?.completed_requests ?? '-'}`}</p>
}

function Jobs(props: { client: ReturnType<typeof scriptedApi>['client'] }) {
  const { data } = useQuery(batchJobsQueryOptions(props.client, { status: ['RUNNING'] }))
  return <p data-testid="jobs">{data ? `${data.total} ${data.data[0]?.id}` : '-'}</p>
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
  queryClient = new QueryClient()
})
afterEach(() => {
  cleanup()
  queryClient.clear()
  vi.useRealTimers()
})

describe('batchJobQueryOptions with TanStack Query', () => {
  it('polls a moving job every intervalMs, since each poll changes a counter', async () => {
    const api = scriptedApi((n) => ({ completed_requests: n }))
    renderQuery(<Job client={api.client} />)
    await advance(10_000)
    expect(gaps(api.times)).toEqual([2_000, 2_000, 2_000, 2_000, 2_000])
    await advance(1)
    expect(screen.getByTestId('job').textContent).toBe('RUNNING 6')
  })

  it('backs a frozen job off 1.5× per unchanged poll, up to its ceiling', async () => {
    const api = scriptedApi(() => ({ completed_requests: 3 }))
    renderQuery(<Job client={api.client} />)
    await advance(180_000)
    const expected = Array.from({ length: gaps(api.times).length }, (_, i) => pollDelay(i))
    expect(gaps(api.times)).toEqual(expected)
    expect(expected.slice(0, 3)).toEqual([2_000, 3_000, 4_500])
    expect(gaps(api.times).slice(-2)).toEqual([DEFAULT_MAX_INTERVAL_MS, DEFAULT_MAX_INTERVAL_MS])
  })

  it('makes no request once the job is terminal, and treats it as fresh forever', async () => {
    const api = scriptedApi((n) =>
      n < 3 ? { completed_requests: n } : { status: 'SUCCESS', completed_requests: 10 },
    )
    const view = renderQuery(<Job client={api.client} />)
    await advance(4_000)
    expect(api.times).toHaveLength(3)
    await advance(600_000)
    expect(api.times).toHaveLength(3)
    // A new component on the same key neither refetches on mount nor on focus: staleTime is Infinity.
    view.rerender(
      <QueryClientProvider client={queryClient}>
        <Job client={api.client} />
        <Job client={api.client} />
      </QueryClientProvider>,
    )
    await act(() => queryClient.refetchQueries({ queryKey: batchKeys.all, stale: true }))
    await advance(60_000)
    expect(api.times).toHaveLength(3)
    expect(screen.getAllByTestId('job').map((p) => p.textContent)).toEqual(['SUCCESS 10', 'SUCCESS 10'])
  })

  it('makes no request after unmount, and aborts the one in flight through TanStack’s signal', async () => {
    const api = scriptedApi((n) => ({ completed_requests: n }))
    const view = renderQuery(<Job client={api.client} />)
    await advance(4_000)
    expect(api.times).toHaveLength(3)
    view.unmount()
    await advance(600_000)
    expect(api.times).toHaveLength(3)

    let seen: AbortSignal | undefined
    const hanging = createClient({
      baseURL: 'https://api.test',
      retry: false,
      fetch: (_input, init) => {
        seen = init?.signal ?? undefined
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      },
    })
    const second = renderQuery(<Job client={hanging} id="job-2" />)
    await advance(0)
    expect(seen?.aborted).toBe(false)
    second.unmount()
    await advance(0)
    expect(seen?.aborted).toBe(true)
  })

  it('makes one request per tick for fifty components on one key', async () => {
    const one = scriptedApi(() => ({}))
    const view = renderQuery(<Job client={one.client} />)
    await advance(120_000)
    view.unmount()
    queryClient.clear()
    const fifty = scriptedApi(() => ({}))
    renderQuery(Array.from({ length: 50 }, (_, i) => <Job key={String(i)} client={fifty.client} />))
    await advance(120_000)
    expect(one.times.length).toBeGreaterThan(5)
    expect(fifty.times).toEqual(one.times.map((t) => t + 120_000))
  })
})

describe('batchJobsQueryOptions with TanStack Query', () => {
  it('shows the first page and backs off while it does not change, without ever stopping', async () => {
    const api = scriptedApi(() => ({ status: 'SUCCESS' }))
    renderQuery(<Jobs client={api.client} />)
    await advance(300_000)
    expect(screen.getByTestId('jobs').textContent).toBe('1 job-1')
    expect(gaps(api.times)).toEqual(gaps(api.times).map((_, i) => pollDelay(i)))
    expect(gaps(api.times).slice(-1)).toEqual([DEFAULT_MAX_INTERVAL_MS])
  })

  it('keys lists under batchKeys.jobs(), so one invalidation refetches them', async () => {
    expect(batchJobsQueryOptions(scriptedApi(() => ({})).client, { page: 2 }).queryKey).toEqual([
      ...batchKeys.jobs(),
      'list',
      { page: 2 },
    ])
    expect(batchJobQueryOptions(scriptedApi(() => ({})).client, 'j').queryKey.slice(0, 1)).toEqual(
      batchKeys.all,
    )
  })
})
