import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, isInputValidationError } from '../errors'
import type { BatchJob } from '../schemas/job'
import { createObserverRegistry } from './registry'

const job = { id: 'j', status: 'RUNNING', total_requests: 1, completed_requests: 0 } as BatchJob

/** A registry over a get() that records when it was called and answers `answer()`. */
function fake(answer: () => Promise<BatchJob> = () => Promise.resolve({ ...job })) {
  const calls: number[] = []
  const api = {
    get: () => {
      calls.push(Date.now())
      return answer()
    },
    list: () => Promise.reject(new Error('unused')),
  }
  return { calls, registry: createObserverRegistry(api) }
}

const limited = (retryAfter: string) =>
  new ApiError({
    message: '429',
    status: 429,
    body: null,
    method: 'GET',
    url: 'u',
    headers: new Headers({ 'retry-after': retryAfter }),
  })

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => vi.useRealTimers())

describe('observer options per subscriber', () => {
  it('runs the shared stream at the fastest live subscriber (1 s and 10 s), and slows when it leaves', async () => {
    const { calls, registry } = fake()
    const observer = registry.observe('j')
    const slow = observer.subscribe(() => {}, { intervalMs: 10_000, maxIntervalMs: 10_000 })
    const fast = observer.subscribe(() => {}, { intervalMs: 1_000, maxIntervalMs: 1_000 })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls).toEqual(Array.from({ length: 11 }, (_, i) => i * 1_000))
    fast()
    await vi.advanceTimersByTimeAsync(30_000)
    expect(calls.slice(11)).toEqual([20_000, 30_000, 40_000])
    slow()
  })

  it('does not let a later subscriber slow down an earlier fast one (no last-writer-wins)', async () => {
    const { calls, registry } = fake()
    const fast = registry.observe('j').subscribe(() => {}, { intervalMs: 1_000, maxIntervalMs: 1_000 })
    const slow = registry.observe('j').subscribe(() => {}, { intervalMs: 10_000 })
    await vi.advanceTimersByTimeAsync(5_000)
    expect(calls).toHaveLength(6)
    fast()
    slow()
  })

  it('uses the defaults (setOptions) for subscribers without options of their own', async () => {
    const { calls, registry } = fake()
    const observer = registry.observe('j', { intervalMs: 500, maxIntervalMs: 500 })
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toHaveLength(5)
    off()
  })

  it.each([
    ['intervalMs', 0],
    ['intervalMs', -1],
    ['intervalMs', Number.NaN],
    ['intervalMs', '1000'],
    ['maxIntervalMs', 0],
    ['maxIntervalMs', Number.NaN],
  ])('refuses %s: %s in observe, subscribe and setOptions, polling nothing', (field, value) => {
    const { calls, registry } = fake()
    const bad = { [field]: value }
    const observer = registry.observe('j')
    for (const call of [
      () => registry.observe('k', bad),
      () => observer.subscribe(() => {}, bad),
      () => observer.setOptions(bad),
    ]) {
      let error: unknown
      try {
        call()
      } catch (e) {
        error = e
      }
      expect(isInputValidationError(error)).toBe(true)
      expect((error as Error).message).toContain(`options.${field} must be`)
    }
    expect(calls).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('observer delays are clamped', () => {
  it.each([
    ['seconds', '8640000'],
    ['an HTTP date', new Date(Date.UTC(2099, 0, 1)).toUTCString()],
  ])('a Retry-After of months (%s) waits one hour, not setTimeout overflow', async (_, retryAfter) => {
    const { calls, registry } = fake(() => Promise.reject(limited(retryAfter)))
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toEqual([0])
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(calls).toEqual([0, 3_600_000])
    off()
  })

  it('never polls more than ten times a second, whatever intervalMs', async () => {
    const { calls, registry } = fake()
    const off = registry.observe('j').subscribe(() => {}, { intervalMs: 0.5, maxIntervalMs: 0.5 })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).toHaveLength(11)
    off()
  })
})

describe('observer error policy (isTransientError)', () => {
  it('stops polling after a final error (404) until refetch()', async () => {
    const gone = new ApiError({ message: '404', status: 404, body: null, method: 'GET', url: 'u' })
    let fail = true
    const { calls, registry } = fake(() => (fail ? Promise.reject(gone) : Promise.resolve({ ...job })))
    const observer = registry.observe('j')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toEqual([0])
    expect(observer.getSnapshot()).toMatchObject({ status: 'error', error: gone })
    fail = false
    await observer.refetch()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toEqual([0, 600_000, 602_000])
    off()
  })
})
