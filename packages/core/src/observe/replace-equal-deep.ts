/**
 * Returns `prev` when `next` is structurally equal to it, or `next` with every unchanged branch replaced
 * by the matching branch of `prev` (TanStack Query's `replaceEqualDeep`). This is what lets an unchanged
 * poll keep the same snapshot object, and a changed one keep the identity of what did not change.
 * Only plain objects and arrays are walked; anything else compares with `Object.is`.
 */
export function replaceEqualDeep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T
  const array = Array.isArray(prev) && Array.isArray(next)
  if (!array && !(isPlainObject(prev) && isPlainObject(next))) return next
  const a = prev as Record<string, unknown>
  const b = next as Record<string, unknown>
  const prevKeys = Object.keys(a)
  const nextKeys = Object.keys(b)
  const copy = (array ? [] : {}) as Record<string, unknown>
  let equal = prevKeys.length === nextKeys.length
  for (const key of nextKeys) {
    const value = replaceEqualDeep(a[key], b[key])
    copy[key] = value
    if (value !== a[key] || !Object.hasOwn(a, key)) equal = false
  }
  return (equal ? prev : copy) as T
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
