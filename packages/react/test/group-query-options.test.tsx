import { type BatchJob, createClient } from '@mistral-batch/core'
import { batchGroupQueryOptions, batchKeys } from '@mistral-batch/core/query'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
// The observers' schedule, read from core's internals (not a public export) so the test checks the real one.
import { DEFAULT_MAX_INTERVAL_MS, pollDelay } from '../../core/src/observe/poll-delay'
import { makeJob } from './fake-api'

// Real @tanstack/react-query over a real core client (groups.get lists the group's jobs by metadata)
// whose fetch is a recording fake; fake timers.
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

const shard = (index: number, patch: Partial<BatchJob>): BatchJob =>
  makeJob({
    id: `job-${index}`,
    metadata: {
      mistral_batch_group: 'g1',
      mistral_batch_shard: String(index),
      ...(index === 1 ? { mistral_batch_final: 'true' } : {}),
    },
    ...patch,
  })

/** A two-shard group whose n-th list request (1-based) answers the shards `script(n)` patches. */
function scriptedGroup(script: (n: number) => [Partial<BatchJob>, Partial<BatchJob>]) {
  const times: number[] = []
  const fetch = async () => {
    times.push(Date.now())
    const data = script(times.length).map((patch, index) => shard(index, patch))
    return json({ data, object: 'list', total: data.length })
  }
  const client = createClient({ apiKey: 'test-key', baseURL: 'https://api.test', fetch, retry: false })
  return { client, times }
}

let queryClient: QueryClient
const renderQuery = (ui: ReactNode) =>
  render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? 0))

function Group(props: { client: ReturnType<typeof scriptedGroup>['client'] }) {
  const { data } = useQuery(batchGroupQueryOptions(props.client, 'g1'))
  return <p data-testid="group">{`${data?.status ?? '-'} ${data?.completed_requests ?? '-'}`}</p>
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

describe('batchGroupQueryOptions with TanStack Query', () => {
  it('polls every intervalMs while any job of the group moves', async () => {
    const api = scriptedGroup((n) => [{ completed_requests: 10 }, { completed_requests: n }])
    renderQuery(<Group client={api.client} />)
    await advance(10_000)
    expect(gaps(api.times)).toEqual([2_000, 2_000, 2_000, 2_000, 2_000])
    await advance(1)
    expect(screen.getByTestId('group').textContent).toBe('RUNNING 16')
  })

  it('backs a still group off 1.5× per unchanged poll, up to its ceiling', async () => {
    const api = scriptedGroup(() => [{ completed_requests: 3 }, { completed_requests: 4 }])
    renderQuery(<Group client={api.client} />)
    await advance(180_000)
    expect(gaps(api.times)).toEqual(gaps(api.times).map((_, i) => pollDelay(i)))
    expect(gaps(api.times).slice(-2)).toEqual([DEFAULT_MAX_INTERVAL_MS, DEFAULT_MAX_INTERVAL_MS])
  })

  it('keeps polling while one job is done and the other runs, then stops for good at terminal', async () => {
    const done = { status: 'SUCCESS', completed_requests: 10 } as const
    const api = scriptedGroup((n) => [done, n < 4 ? { completed_requests: n } : done])
    const view = renderQuery(<Group client={api.client} />)
    await advance(6_000)
    expect(api.times).toHaveLength(4)
    await advance(1)
    expect(screen.getByTestId('group').textContent).toBe('SUCCESS 20')
    await advance(600_000)
    expect(api.times).toHaveLength(4)
    // staleTime is Infinity for a terminal group: a stale-only refetch makes no request.
    await act(() => queryClient.refetchQueries({ queryKey: batchKeys.groups(), stale: true }))
    view.unmount()
    await advance(60_000)
    expect(api.times).toHaveLength(4)
  })

  it('makes no request after unmount', async () => {
    const api = scriptedGroup((n) => [{ completed_requests: n }, {}])
    const view = renderQuery(<Group client={api.client} />)
    await advance(4_000)
    expect(api.times).toHaveLength(3)
    view.unmount()
    await advance(600_000)
    expect(api.times).toHaveLength(3)
  })

  it('keys a group under batchKeys.groups(), itself under batchKeys.all', () => {
    const { queryKey } = batchGroupQueryOptions(scriptedGroup(() => [{}, {}]).client, 'g1')
    expect(queryKey).toEqual([...batchKeys.groups(), 'detail', 'g1'])
    expect(queryKey).toEqual(batchKeys.group('g1'))
    expect(queryKey.slice(0, 1)).toEqual(batchKeys.all)
  })
})
