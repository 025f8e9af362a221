import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_RETRY, isNotActedOnStatus, isRetryableStatus, resolveRetry } from './retry'

describe('backoffDelay', () => {
  const policy = DEFAULT_RETRY
  it.each([
    // attempt, random, expected: cap = min(8000, 500·2ⁿ), delay in [cap/2, cap], floor 500
    [0, 0, 500],
    [0, 1, 500],
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [3, 1, 4000],
    [5, 1, 8000],
    [9, 0, 4000],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, policy, null, () => random)).toBe(expected)
  })

  it('uses Retry-After in seconds and as an HTTP date instead', () => {
    expect(backoffDelay(0, policy, '3')).toBe(3000)
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString()
    expect(backoffDelay(0, policy, inTwoSeconds)).toBeGreaterThan(900)
  })

  it('gives up (undefined) on a Retry-After over a minute', () => {
    expect(backoffDelay(0, policy, '3600')).toBeUndefined()
  })
})

describe('retry policy tables', () => {
  it.each([
    [400, false, false],
    [401, false, false],
    [404, false, false],
    [408, true, true],
    [409, false, false],
    [422, false, false],
    [429, true, true],
    [500, true, false],
    [502, true, false],
    [503, true, true],
    [504, true, false],
  ])('status %i: retryable %s, proves the server did not act %s', (status, retryable, notActed) => {
    expect(isRetryableStatus(status)).toBe(retryable)
    expect(isNotActedOnStatus(status)).toBe(notActed)
  })

  it('merges per-call options over the client and lets false win', () => {
    expect(resolveRetry({ retries: 5 }, { minDelayMs: 1 })).toEqual({
      retries: 5,
      minDelayMs: 1,
      maxDelayMs: 8000,
    })
    expect(resolveRetry(false, { retries: 3 }).retries).toBe(0)
    expect(resolveRetry({ retries: 3 }, false).retries).toBe(0)
  })
})
