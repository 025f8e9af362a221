import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, json } from '../../test/helpers/fake-fetch'
import { isApiError } from '../errors'
import { createRequester } from './request'
import { MAX_TIMER_MS, sleep } from './sleep'

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) }))
afterEach(() => vi.useRealTimers())

describe('delays never overflow setTimeout', () => {
  it.each([2 ** 31, 1e12, Number.POSITIVE_INFINITY])('sleep(%d) waits the ceiling, not 1 ms', async (ms) => {
    let done = false
    void sleep(ms).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS)
    expect(done).toBe(true)
  })

  it.each([Number.NaN, -5])('sleep(%d) waits nothing', async (ms) => {
    let done = false
    void sleep(ms).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
  })

  it.each([
    ['seconds, a year', '31536000'],
    ['seconds, huge', '99999999999999'],
    ['an HTTP date months ahead', 'Wed, 01 Jul 2026 00:00:00 GMT'],
  ])('a Retry-After of %s ends the call with its ApiError at once, no flood', async (_name, value) => {
    const fake = fakeFetch(...Array.from({ length: 5 }, () => json({}, 429, { 'retry-after': value })))
    const outcome = createRequester({ fetch: fake.fetch })({ method: 'GET', path: '/x' }).catch(
      (e: unknown) => e,
    )
    await vi.advanceTimersByTimeAsync(10_000)
    expect(isApiError(await outcome)).toBe(true)
    expect(fake.calls).toHaveLength(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})
