import { describe, expect, it } from 'vitest'
import { replaceEqualDeep } from './replace-equal-deep'
import { stableKey } from './stable-key'

describe('replaceEqualDeep', () => {
  it('returns the previous value when the next one is structurally equal', () => {
    const prev = { a: 1, b: [1, { c: 'x' }], d: null }
    expect(replaceEqualDeep(prev, structuredClone(prev))).toBe(prev)
  })

  it('keeps the unchanged branches of a changed value', () => {
    const prev = { a: { x: 1 }, b: { y: 2 }, list: [{ id: 1 }, { id: 2 }] }
    const next = replaceEqualDeep(prev, { a: { x: 1 }, b: { y: 3 }, list: [{ id: 1 }, { id: 3 }] })
    expect(next).not.toBe(prev)
    expect(next.a).toBe(prev.a)
    expect(next.b).toEqual({ y: 3 })
    expect(next.list[0]).toBe(prev.list[0])
    expect(next.list).not.toBe(prev.list)
  })

  it('sees added, removed and undefined-valued keys as changes', () => {
    const prev: Record<string, unknown> = { a: 1 }
    expect(replaceEqualDeep(prev, { a: 1, b: undefined })).not.toBe(prev)
    expect(replaceEqualDeep(prev, {})).not.toBe(prev)
    expect(replaceEqualDeep([1, 2], [1])).toEqual([1])
  })
})

describe('stableKey', () => {
  it('ignores key order at every depth and drops undefined values', () => {
    expect(stableKey({ b: 1, a: { y: 2, x: 1 }, c: undefined })).toBe(stableKey({ a: { x: 1, y: 2 }, b: 1 }))
    expect(stableKey({ status: ['A', 'B'] })).not.toBe(stableKey({ status: ['B', 'A'] }))
    expect(stableKey(undefined)).toBe('{}')
  })
})
