import { describe, expect, it } from 'vitest'
import { isInputValidationError } from '../errors'
import { toDate, toQuery } from './query'

describe('toQuery', () => {
  it.each([
    [
      'arrays as repeated keys',
      { status: ['RUNNING', 'QUEUED'] },
      undefined,
      '?status=RUNNING&status=QUEUED',
    ],
    [
      'booleans as true/false',
      { created_by_me: true, include_total: false },
      undefined,
      '?created_by_me=true&include_total=false',
    ],
    [
      'dates as ISO-8601 with ms',
      { created_after: new Date(Date.UTC(2025, 0, 1)) },
      undefined,
      '?created_after=2025-01-01T00%3A00%3A00.000Z',
    ],
    ['skips undefined and null', { a: undefined, b: null, c: 0 }, undefined, '?c=0'],
    ['nothing at all', {}, undefined, ''],
    [
      'metadata flattened to top-level keys (§3.2)',
      { page: 0 },
      { job_type: 'x', k2: 'v 2' },
      '?page=0&job_type=x&k2=v+2',
    ],
  ])('serialises %s', (_name, params, flatten, expected) => {
    expect(toQuery(params, flatten)).toBe(expected)
  })

  it('rejects a metadata key that collides with a named parameter', () => {
    expect(() => toQuery({ status: ['RUNNING'] }, { status: 'x' })).toThrow(/collides/)
  })
})

describe('toDate', () => {
  it('accepts a Date or an ISO string and rejects garbage with InputValidationError', () => {
    expect(toDate('2025-01-01T00:00:00Z', 'created_after')?.toISOString()).toBe('2025-01-01T00:00:00.000Z')
    expect(toDate(undefined, 'created_after')).toBeUndefined()
    let error: unknown
    try {
      toDate('yesterday', 'created_after')
    } catch (e) {
      error = e
    }
    expect(isInputValidationError(error)).toBe(true)
  })
})
