import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './retry-after'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T12:00:00Z')
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['1.5', 1_500],
    [' 7 ', 7_000],
    ['Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 22 Nov 2026 11:00:00 GMT', 0],
  ])('reads %j as %d ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms)
  })
  it.each([[null], [undefined], [''], ['soon'], ['-5']])('returns undefined for %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})
