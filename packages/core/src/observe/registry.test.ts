import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, ConnectionError } from '../errors'
import type { BatchJob, BatchJobList } from '../schemas/job'
import { createObserverRegistry } from './registry'

function makeJob(patch: Partial<BatchJob> = {}): BatchJob {
  return {
    id: 'job-1',
    object: 'batch',
    input_files: ['file-1'],
    metadata: { team: 'a' },
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    errors: [],
    status: 'RUNNING',
    created_at: 1,
    total_requests: 10,
    completed_requests: 0,
    succeeded_requests: 0,
    failed_requests: 0,
    ...patch,
  }
}

/** A fake api counting calls; each response is a fresh deep copy, as off the wire. */
function fakeApi() {
  const state = { job: makeJob(), fail: undefined as unknown, delayMs: 0 }
  const calls: { at: number; signal: AbortSignal }[] = []
  const respond = <T>(signal: AbortSignal, value: () => T): Promise<T> => {
    calls.push({ at: Date.now(), signal })
    const answer = () => (state.fail ? Promise.reject(state.fail) : Promise.resolve(structuredClone(value())))
    if (state.delayMs === 0) return answer()
    return new Promise((resolve) => setTimeout(resolve, state.delayMs)).then(answer)
  }
  const api = {
    get: (_id: string, o: { signal: AbortSignal }) => respond(o.signal, () => state.job),
    list: (_p: { status?: string }, o: { signal: AbortSignal }): Promise<BatchJobList> =>
      respond(o.signal, () => ({ data: [state.job], object: 'list', total: 1 })),
  }
  return { api, calls, state, registry: createObserverRegistry(api) }
}

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => vi.useRealTimers())

describe('observe', () => {
  it('returns one shared observer per job id, and one per list query whatever its key order', () => {
    const { registry } = fakeApi()
    expect(registry.observe('a')).toBe(registry.observe('a'))
    expect(registry.observe('a')).not.toBe(registry.observe('b'))
    const list = registry.observeList({ status: 'RUNNING', page: 0 } as { status?: string })
    expect(registry.observeList({ page: 0, status: 'RUNNING' } as { status?: string })).toBe(list)
  })

  it('makes one request per tick for fifty subscribers', async () => {
    const { registry, calls } = fakeApi()
    const observer = registry.observe('job-1')
    const offs = Array.from({ length: 50 }, () => observer.subscribe(() => {}))
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toHaveLength(2)
    for (const off of offs) off()
  })

  it('makes no request and holds no timer for ten minutes after the last unsubscribe', async () => {
    const { registry, calls } = fakeApi()
    const observer = registry.observe('job-1')
    const offs = [observer.subscribe(() => {}), observer.subscribe(() => {})]
    await vi.advanceTimersByTimeAsync(2_500)
    expect(calls).toHaveLength(2)
    for (const off of offs) off()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toHaveLength(2)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('aborts the request in flight when the last subscriber leaves', async () => {
    const { registry, calls, state } = fakeApi()
    state.delayMs = 1_000
    const off = registry.observe('job-1').subscribe(() => {})
    off()
    await Promise.resolve()
    expect(calls[0]?.signal.aborted).toBe(true)
  })

  it('does not start a second request on subscribe, unsubscribe, subscribe (StrictMode)', async () => {
    const { registry, calls } = fakeApi()
    const observer = registry.observe('job-1')
    observer.subscribe(() => {})()
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(1_999)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.signal.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
    off()
  })

  it('stops polling at a terminal status', async () => {
    const { registry, calls, state } = fakeApi()
    const observer = registry.observe('job-1')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    state.job = makeJob({ status: 'SUCCESS', completed_requests: 10, succeeded_requests: 10 })
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toHaveLength(2)
    expect(observer.getSnapshot().job?.status).toBe('SUCCESS')
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toHaveLength(2)
    expect(vi.getTimerCount()).toBe(0)
    off()
  })

  it('keeps polling a status it does not know', async () => {
    const { registry, calls, state } = fakeApi()
    state.job = makeJob({ status: 'PAUSED_FOR_REVIEW' })
    const off = registry.observe('job-1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(5_000)
    expect(calls).toHaveLength(3)
    off()
  })

  it('backs off ×1.5 from 2 s to 30 s while nothing changes', async () => {
    const { registry, calls } = fakeApi()
    const off = registry.observe('job-1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(200_000)
    const gaps = calls.slice(1).map((call, i) => call.at - (calls[i]?.at ?? 0))
    expect(gaps.slice(0, 10)).toEqual([
      2_000, 3_000, 4_500, 6_750, 10_125, 15_188, 22_781, 30_000, 30_000, 30_000,
    ])
    off()
  })

  it('goes back to 2 s when a counter or the status changes', async () => {
    const { registry, calls, state } = fakeApi()
    const off = registry.observe('job-1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(9_500) // polls at 0, 2_000, 5_000, 9_500
    state.job = makeJob({ completed_requests: 3 })
    await vi.advanceTimersByTimeAsync(16_250 - 9_500) // the poll at 16_250 sees the change
    expect(calls.map((c) => c.at)).toEqual([0, 2_000, 5_000, 9_500, 16_250])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls.at(-1)?.at).toBe(18_250)
    await vi.advanceTimersByTimeAsync(3_000)
    expect(calls.at(-1)?.at).toBe(21_250)
    off()
  })

  it('backs off on transient errors with the same growth and keeps the last job', async () => {
    const { registry, calls, state } = fakeApi()
    const observer = registry.observe('job-1')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    state.fail = new ConnectionError('boom')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls.map((c) => c.at)).toEqual([0, 2_000, 5_000, 9_500, 16_250, 26_375, 41_563])
    expect(observer.getSnapshot()).toMatchObject({ status: 'error', job: { id: 'job-1' } })
    expect(observer.getSnapshot().error?.message).toBe('boom')
    off()
  })

  it('waits as long as a 429 Retry-After asks', async () => {
    const { registry, calls, state } = fakeApi()
    state.fail = new ApiError({
      message: 'rate limited',
      status: 429,
      body: null,
      method: 'GET',
      url: 'x',
      headers: new Headers({ 'retry-after': '20' }),
    })
    const off = registry.observe('job-1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(19_999)
    expect(calls).toHaveLength(1)
    state.fail = undefined
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
    off()
  })

  it('never overlaps polls: the wait starts when the previous poll ends', async () => {
    const { registry, calls, state } = fakeApi()
    state.delayMs = 5_000
    const off = registry.observe('job-1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(6_999)
    expect(calls.map((c) => c.at)).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.map((c) => c.at)).toEqual([0, 7_000])
    off()
  })

  it('dedupes refetch() with the poll in flight', async () => {
    const { registry, calls, state } = fakeApi()
    state.delayMs = 100
    const observer = registry.observe('job-1')
    const off = observer.subscribe(() => {})
    const a = observer.refetch()
    const b = observer.refetch()
    expect(a).toBe(b)
    await vi.advanceTimersByTimeAsync(100)
    expect(calls).toHaveLength(1)
    await expect(a).resolves.toBe(observer.getSnapshot())
    observer.refetch()
    expect(calls).toHaveLength(2)
    off()
  })

  it('applies setOptions to the one pending timer instead of starting a second loop', async () => {
    const { registry, calls } = fakeApi()
    const observer = registry.observe('job-1')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(100)
    observer.setOptions({ intervalMs: 500 })
    observer.setOptions({ intervalMs: 500 })
    registry.observe('job-1', { intervalMs: 500 })
    await vi.advanceTimersByTimeAsync(400)
    expect(calls.map((c) => c.at)).toEqual([0, 500])
    expect(vi.getTimerCount()).toBe(1)
    off()
  })

  it('keeps the same frozen snapshot and notifies no one when a poll is deep-equal', async () => {
    const { registry, state } = fakeApi()
    const observer = registry.observe('job-1')
    const listener = vi.fn()
    const off = observer.subscribe(listener)
    await vi.advanceTimersByTimeAsync(0)
    const first = observer.getSnapshot()
    expect(Object.isFrozen(first)).toBe(true)
    const notified = listener.mock.calls.length
    await vi.advanceTimersByTimeAsync(5_000)
    expect(observer.getSnapshot()).toBe(first)
    expect(listener).toHaveBeenCalledTimes(notified)
    state.job = makeJob({ completed_requests: 1 })
    await vi.advanceTimersByTimeAsync(4_500)
    const changed = observer.getSnapshot()
    expect(changed).not.toBe(first)
    expect(changed.job?.metadata).toBe(first.job?.metadata)
    expect(listener).toHaveBeenCalledTimes(notified + 1)
    off()
  })

  it('starts loading (never idle), then success, and serves a constant server snapshot', async () => {
    const { registry } = fakeApi()
    const observer = registry.observe('job-1')
    const server = observer.getServerSnapshot()
    expect(server).toMatchObject({ status: 'loading', job: undefined, isFetching: false, updatedAt: 0 })
    expect(observer.getSnapshot()).toBe(server)
    const off = observer.subscribe(() => {})
    expect(observer.getSnapshot()).toMatchObject({ status: 'loading', isFetching: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(observer.getSnapshot()).toMatchObject({ status: 'success', isFetching: false })
    expect(observer.getServerSnapshot()).toBe(server)
    off()
  })

  it('collects an observer idle longer than gcTimeMs on a later lookup, without timers', async () => {
    const { registry } = fakeApi()
    const observer = registry.observe('job-1')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    off()
    await vi.advanceTimersByTimeAsync(299_000)
    expect(registry.observe('job-1')).toBe(observer)
    await vi.advanceTimersByTimeAsync(1_000)
    registry.observe('other')
    expect(registry.observe('job-1')).not.toBe(observer)
  })
})

describe('observeList', () => {
  it('keeps polling a page of finished jobs, backing off, and exposes jobs and total', async () => {
    const { registry, calls, state } = fakeApi()
    state.job = makeJob({ status: 'SUCCESS' })
    const observer = registry.observeList({})
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(5_000)
    expect(calls.map((c) => c.at)).toEqual([0, 2_000, 5_000])
    expect(observer.getSnapshot()).toMatchObject({ total: 1, jobs: [{ id: 'job-1' }], status: 'success' })
    off()
  })
})
