import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { job } from '../../test/helpers/fake-fetch'
import { ApiError, isInputValidationError, TimeoutError } from '../errors'
import type { BatchJob } from '../schemas/job'
import { createWait } from './wait'

const asJob = (over: Record<string, unknown>) => job(over) as unknown as BatchJob

/** A get() that returns the scripted jobs in order and records when each poll happened. */
function scripted(...jobs: (BatchJob | Error)[]) {
  const stamps: number[] = []
  const get = vi.fn(async (_id: string, options: { signal?: AbortSignal | undefined }) => {
    options.signal?.throwIfAborted()
    stamps.push(Date.now())
    const next = jobs.length > 1 ? jobs.shift()! : jobs[0]!
    if (next instanceof Error) throw next
    return next
  })
  return { get, stamps, gaps: () => stamps.slice(1).map((t, i) => t - stamps[i]!) }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('jobs.wait', () => {
  it('grows the interval ×1.5 while nothing moves, resets on change, and resolves at a terminal status', async () => {
    const queued = asJob({ status: 'QUEUED' })
    const running = asJob({ status: 'RUNNING', total_requests: 10, completed_requests: 1 })
    const done = asJob({ status: 'SUCCESS', total_requests: 10, completed_requests: 10 })
    const s = scripted(queued, queued, queued, queued, running, running, done)
    const onUpdate = vi.fn()
    const promise = createWait(s.get)('job-1', { intervalMs: 1000, maxIntervalMs: 2000, onUpdate })
    await vi.runAllTimersAsync()
    await expect(promise).resolves.toBe(done)
    expect(s.gaps()).toEqual([1000, 1500, 2000, 2000, 1000, 1500])
    expect(onUpdate).toHaveBeenCalledTimes(7)
  })

  it('keeps waiting on an unknown status', async () => {
    const s = scripted(asJob({ status: 'NEW_STATUS' }), asJob({ status: 'CANCELLED' }))
    const promise = createWait(s.get)('job-1', { intervalMs: 100 })
    await vi.runAllTimersAsync()
    expect((await promise).status).toBe('CANCELLED')
    expect(s.get).toHaveBeenCalledTimes(2)
  })

  it('rejects with the signal reason when aborted mid-delay, and polls no more', async () => {
    const s = scripted(asJob({ status: 'RUNNING' }))
    const controller = new AbortController()
    const caught = createWait(s.get)('job-1', { signal: controller.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(1000)
    controller.abort('stop')
    expect(await caught).toBe('stop')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(s.get).toHaveBeenCalledTimes(1)
  })

  it('throws TimeoutError after maxWaitMs, the deadline of the whole wait', async () => {
    const s = scripted(asJob({ status: 'RUNNING' }))
    const caught = createWait(s.get)('job-1', { intervalMs: 1000, maxWaitMs: 5000 }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(5000)
    expect(await caught).toBeInstanceOf(TimeoutError)
    const polls = s.get.mock.calls.length
    await vi.advanceTimersByTimeAsync(60_000)
    expect(s.get).toHaveBeenCalledTimes(polls)
  })

  it('waits for Retry-After when a poll ends in 429, then polls again', async () => {
    const limited = new ApiError({
      message: '429',
      status: 429,
      body: {},
      method: 'GET',
      url: 'u',
      headers: new Headers({ 'retry-after': '7' }),
    })
    const s = scripted(limited, asJob({ status: 'SUCCESS' }))
    const promise = createWait(s.get)('job-1', { intervalMs: 1000 })
    await vi.runAllTimersAsync()
    await promise
    expect(s.gaps()).toEqual([7000])
  })

  it('throws other errors', async () => {
    const boom = new ApiError({ message: '404', status: 404, body: {}, method: 'GET', url: 'u' })
    const s = scripted(boom)
    await expect(createWait(s.get)('job-1')).rejects.toBe(boom)
  })
})

describe('jobs.wait timing', () => {
  it('passes timeoutMs to every poll as its per-request timeout, never as a deadline of the wait', async () => {
    const running = asJob({ status: 'RUNNING' })
    const s = scripted(...Array.from({ length: 20 }, () => running), asJob({ status: 'SUCCESS' }))
    const promise = createWait(s.get)('job-1', { intervalMs: 1000, maxIntervalMs: 1000, timeoutMs: 500 })
    await vi.advanceTimersByTimeAsync(20_000)
    await expect(promise).resolves.toMatchObject({ status: 'SUCCESS' })
    expect(s.get).toHaveBeenCalledTimes(21)
    expect(
      s.get.mock.calls.every(([, options]) => (options as { timeoutMs?: number }).timeoutMs === 500),
    ).toBe(true)
  })

  it.each([
    ['seconds', '8640000'],
    ['an HTTP date', new Date(Date.UTC(2099, 0, 1)).toUTCString()],
  ])('clamps a Retry-After of months (%s) to one hour: no flood, no stall', async (_, retryAfter) => {
    const limited = new ApiError({
      message: '429',
      status: 429,
      body: {},
      method: 'GET',
      url: 'u',
      headers: new Headers({ 'retry-after': retryAfter }),
    })
    const s = scripted(limited)
    const stop = new AbortController()
    const caught = createWait(s.get)('job-1', { signal: stop.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(s.get).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(s.get).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(s.get).toHaveBeenCalledTimes(3)
    stop.abort('done')
    expect(await caught).toBe('done')
  })

  it('waits out transient errors (network, timeout, 5xx) and rejects at once on a final one', async () => {
    const { ConnectionError } = await import('../errors')
    const down = new ConnectionError('reset')
    const bad = new ApiError({ message: '503', status: 503, body: {}, method: 'GET', url: 'u' })
    const s = scripted(down, bad, asJob({ status: 'SUCCESS' }))
    const promise = createWait(s.get)('job-1', { intervalMs: 100 })
    await vi.runAllTimersAsync()
    await expect(promise).resolves.toMatchObject({ status: 'SUCCESS' })
    const denied = new ApiError({ message: '401', status: 401, body: {}, method: 'GET', url: 'u' })
    await expect(createWait(scripted(denied).get)('job-1')).rejects.toBe(denied)
  })

  it.each([
    ['intervalMs', 0],
    ['intervalMs', -5],
    ['intervalMs', Number.NaN],
    ['intervalMs', '1000'],
    ['intervalMs', Number.POSITIVE_INFINITY],
    ['maxIntervalMs', 0],
    ['maxIntervalMs', '30000'],
    ['maxWaitMs', -1],
    ['maxWaitMs', Number.NaN],
    ['maxWaitMs', '60000'],
  ])('refuses %s: %s with InputValidationError naming it, polling nothing', async (field, value) => {
    const s = scripted(asJob({ status: 'SUCCESS' }))
    const error = await createWait(s.get)('job-1', { [field]: value }).catch((e: unknown) => e)
    expect(isInputValidationError(error)).toBe(true)
    expect((error as Error).message).toContain(`options.${field} must be`)
    expect(s.get).not.toHaveBeenCalled()
  })

  it('raises a tiny intervalMs to 100 ms: ten polls a second at most', async () => {
    const s = scripted(asJob({ status: 'RUNNING' }))
    const stop = new AbortController()
    const timing = { intervalMs: 0.001, maxIntervalMs: 0.001, signal: stop.signal }
    const caught = createWait(s.get)('job-1', timing).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(s.get).toHaveBeenCalledTimes(11)
    stop.abort('done')
    expect(await caught).toBe('done')
  })
})
