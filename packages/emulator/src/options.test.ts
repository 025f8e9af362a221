import { describe, expect, it } from 'vitest'
import { resolveOptions } from './options'

describe('resolveOptions: limits and failRate', () => {
  it('defaults to the documented limits and no failures', () => {
    expect(resolveOptions({})).toMatchObject({
      maxFileBytes: 536_870_912,
      maxInlineRequests: 10_000,
      maxRequestsPerJob: 100_000,
      failRate: 0,
    })
  })

  it.each(['maxRequestsPerJob', 'maxFileBytes', 'maxInlineRequests'] as const)(
    'refuses a %s that is not a whole number ≥ 1, naming it',
    (name) => {
      for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null]) {
        expect(() => resolveOptions({ [name]: bad as number }), String(bad)).toThrow(RangeError)
        expect(() => resolveOptions({ [name]: bad as number })).toThrow(name)
      }
      expect(resolveOptions({ [name]: 1 })[name]).toBe(1)
    },
  )

  it('refuses a failRate outside [0, 1] or not a number', () => {
    for (const bad of [-0.1, 1.01, Number.NaN, '0.5', null, true]) {
      expect(() => resolveOptions({ failRate: bad as number }), String(bad)).toThrow(/failRate/)
    }
    expect(resolveOptions({ failRate: 0 }).failRate).toBe(0)
    expect(resolveOptions({ failRate: 1 }).failRate).toBe(1)
  })
})
