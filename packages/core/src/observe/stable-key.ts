/**
 * A cache key for list params: JSON with object keys sorted at every depth, so `{ a, b }` and `{ b, a }`
 * share one observer. Undefined values drop out as in `JSON.stringify`; array order is kept.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(value ?? {}, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key]
    return sorted
  })
}
