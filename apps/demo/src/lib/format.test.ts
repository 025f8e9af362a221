import { describe, expect, it } from 'vitest'
import { formatBytes, formatDuration, formatRate, formatRelativeTime, shortId } from './format'

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0)
const seconds = NOW / 1000

describe('formatRelativeTime', () => {
  it('says "just now" within five seconds, either way', () => {
    expect(formatRelativeTime(seconds - 3, NOW)).toBe('just now')
    expect(formatRelativeTime(seconds + 2, NOW)).toBe('just now')
  })
  it('picks the largest whole unit, in the past and in the future', () => {
    expect(formatRelativeTime(seconds - 42, NOW)).toBe('42 sec. ago')
    expect(formatRelativeTime(seconds - 180, NOW)).toBe('3 min. ago')
    expect(formatRelativeTime(seconds - 2 * 3600, NOW)).toBe('2 hr. ago')
    expect(formatRelativeTime(seconds - 86_400, NOW)).toBe('yesterday')
    expect(formatRelativeTime(seconds + 3 * 86_400, NOW)).toBe('in 3 days')
  })
})

describe('formatDuration', () => {
  it('uses seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(45.4)).toBe('45 s')
    expect(formatDuration(185)).toBe('3 min 05 s')
    expect(formatDuration(7620)).toBe('2 h 07 min')
    expect(formatDuration(-5)).toBe('0 s')
  })
})

describe('formatBytes and formatRate', () => {
  it('formats sizes with one decimal below ten', () => {
    expect(formatBytes(812)).toBe('812 B')
    expect(formatBytes(14_540)).toBe('14 KB')
    expect(formatBytes(3 * 1024 * 1024 + 100_000)).toBe('3.1 MB')
  })
  it('switches to requests per minute below one per second', () => {
    expect(formatRate(12.4)).toBe('12 req/s')
    expect(formatRate(2.5)).toBe('2.5 req/s')
    expect(formatRate(0.5)).toBe('30.0 req/min')
  })
})

describe('shortId', () => {
  it('keeps the first block of a UUID', () => {
    expect(shortId('70e7b9af-88e2-4b8b-be1e-f3e048eb2b8b')).toBe('70e7b9af')
    expect(shortId('abc')).toBe('abc')
  })
})
