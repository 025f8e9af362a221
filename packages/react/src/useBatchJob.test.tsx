// Internal to core (not a public export): this test needs an api that sends synchronously on subscribe.

import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createObserverRegistry } from '../../core/src/observe/registry'
import { fakeBatchApi, makeJob } from '../test/fake-api'
import { renderWith } from '../test/render'
import { type UseBatchJobOptions, useBatchJob } from './useBatchJob'

const JOB = '/v1/batch/jobs/job-1'

function Watch(props: {
  id: string | null | undefined
  options?: UseBatchJobOptions
  onRender?: () => void
}) {
  props.onRender?.()
  const { job, status, progress } = useBatchJob(props.id, props.options)
  return (
    <p data-testid="out">{`${status} ${job?.id ?? '-'} ${job?.status ?? '-'} ${progress?.fraction ?? '-'}`}</p>
  )
}

let cancelLatest: () => Promise<unknown> = async () => {}
function Cancel() {
  const result = useBatchJob('job-1')
  cancelLatest = result.cancel
  return <p data-testid="out">{result.job?.status ?? '-'}</p>
}

const flush = () => act(() => vi.advanceTimersByTimeAsync(0))
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useBatchJob', () => {
  it('makes as many requests for fifty components as for one', async () => {
    const one = fakeBatchApi()
    renderWith(one.client, <Watch id="job-1" />)
    await advance(60_000)
    cleanup()
    const fifty = fakeBatchApi()
    renderWith(
      fifty.client,
      Array.from({ length: 50 }, (_, i) => <Watch key={String(i)} id="job-1" />),
    )
    await advance(60_000)
    expect(one.count(JOB)).toBeGreaterThan(3)
    expect(fifty.count(JOB)).toBe(one.count(JOB))
  })

  it('makes no request and leaves no timer for ten minutes after every component unmounts', async () => {
    const api = fakeBatchApi()
    const view = renderWith(api.client, [<Watch key="a" id="job-1" />, <Watch key="b" id="job-1" />])
    await advance(5_000)
    const before = api.requests.length
    view.unmount()
    await advance(600_000)
    expect(api.requests.length).toBe(before)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows the job, then stops polling at a terminal status and calls onSettled once', async () => {
    const api = fakeBatchApi()
    const onSettled = vi.fn()
    renderWith(api.client, <Watch id="job-1" options={{ onSettled }} />)
    await flush()
    expect(screen.getByTestId('out').textContent).toBe('success job-1 RUNNING 0')
    api.jobs.set('job-1', makeJob({ status: 'SUCCESS', completed_requests: 10, succeeded_requests: 10 }))
    await advance(2_000)
    expect(screen.getByTestId('out').textContent).toBe('success job-1 SUCCESS 1')
    await advance(600_000)
    expect(api.count(JOB)).toBe(2)
    expect(onSettled).toHaveBeenCalledTimes(1)
    expect(onSettled.mock.calls[0]?.[0]).toMatchObject({ id: 'job-1', status: 'SUCCESS' })
  })

  it('backs off exactly ×1.5 from intervalMs to maxIntervalMs while nothing changes', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Watch id="job-1" options={{ intervalMs: 1_000, maxIntervalMs: 5_000 }} />)
    await advance(30_000)
    const times = api.requests.map((r) => r.at)
    expect(times.slice(0, 9)).toEqual([0, 1_000, 2_500, 4_750, 8_125, 13_125, 18_125, 23_125, 28_125])
  })

  it('re-renders zero times for a poll that changes nothing', async () => {
    const api = fakeBatchApi()
    const onRender = vi.fn()
    renderWith(api.client, <Watch id="job-1" onRender={onRender} />)
    await flush()
    const renders = onRender.mock.calls.length
    await advance(120_000)
    expect(api.count(JOB)).toBeGreaterThan(5)
    expect(onRender).toHaveBeenCalledTimes(renders)
    api.jobs.set('job-1', makeJob({ completed_requests: 4 }))
    await advance(30_000)
    expect(onRender).toHaveBeenCalledTimes(renders + 1)
  })

  it('switches observers when job_id changes, and the old one stops', async () => {
    const api = fakeBatchApi()
    const view = renderWith(api.client, <Watch id="job-1" />)
    await advance(2_000)
    view.rerender(<Watch id="job-2" />)
    await flush()
    expect(screen.getByTestId('out').textContent).toBe('success job-2 RUNNING 0')
    const old = api.count(JOB)
    await advance(60_000)
    expect(api.count(JOB)).toBe(old)
    expect(api.count('/v1/batch/jobs/job-2')).toBeGreaterThan(3)
  })

  it('starts no second loop under StrictMode', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Watch id="job-1" />, { strict: true })
    await advance(1_999)
    expect(api.count(JOB)).toBe(1)
    expect(api.requests[0]?.signal?.aborted).toBe(false)
    await advance(1)
    expect(api.count(JOB)).toBe(2)
    await advance(3_000)
    expect(api.count(JOB)).toBe(3)
  })

  it('neither aborts nor repeats a request already sent, nor settles twice, under StrictMode', async () => {
    // The real client awaits before calling fetch; this api sends synchronously on subscribe.
    const sent: AbortSignal[] = []
    const onSettled = vi.fn()
    const api = {
      get: (id: string, o: { signal: AbortSignal }) => {
        sent.push(o.signal)
        return Promise.resolve(makeJob({ id, status: sent.length > 1 ? 'FAILED' : 'RUNNING' }))
      },
      list: () => Promise.reject(new Error('unused')),
    }
    const client = { ...fakeBatchApi().client }
    client.batch = { ...client.batch, jobs: { ...client.batch.jobs, ...createObserverRegistry(api) } }
    renderWith(client, <Watch id="job-1" options={{ onSettled }} />, { strict: true })
    await advance(60_000)
    expect(sent.map((s) => s.aborted)).toEqual([false, false])
    expect(onSettled).toHaveBeenCalledTimes(1)
  })

  it('stays idle with no request for a null id or enabled: false', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, [
      <Watch key="a" id={null} />,
      <Watch key="b" id={undefined} />,
      <Watch key="c" id="job-1" options={{ enabled: false }} />,
    ])
    await advance(60_000)
    expect(api.requests).toEqual([])
    expect(screen.getAllByTestId('out').map((p) => p.textContent)).toEqual(Array(3).fill('idle - - -'))
  })

  it('cancels the job and shows the new status at once', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Cancel />)
    await flush()
    await act(async () => {
      await expect(cancelLatest()).resolves.toMatchObject({ status: 'CANCELLATION_REQUESTED' })
    })
    await flush()
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${JOB}`,
      `POST ${JOB}/cancel`,
      `GET ${JOB}`,
    ])
    expect(screen.getByTestId('out').textContent).toBe('CANCELLATION_REQUESTED')
  })
})
