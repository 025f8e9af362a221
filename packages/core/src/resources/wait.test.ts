import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { job } from '../../test/helpers/fake-fetch'
import { ApiError, TimeoutError } from '../errors'
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
    const promise = createWait(s.get)('job-1', { intervalMs: 10 })
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

  it('throws TimeoutError after the overall timeout', async () => {
    const s = scripted(asJob({ status: 'RUNNING' }))
    const caught = createWait(s.get)('job-1', { intervalMs: 1000, timeoutMs: 5000 }).catch((e: unknown) => e)
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
