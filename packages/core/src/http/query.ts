import { invalidInput } from '../errors'

/** A query value as the resources accept it; `undefined`/`null` are left out. */
export type QueryValue = string | number | boolean | Date | null | undefined | readonly (string | number)[]

function scalar(value: string | number | boolean | Date): string {
  // created_after is `format: date-time`; the official SDK sends ISO-8601 with ms (contract §3.2).
  return value instanceof Date ? value.toISOString() : String(value)
}

/**
 * Serialises query parameters the way OpenAPI's default `form` + `explode` style does (contract §2.2,
 * §3.2): arrays become repeated keys (`status=RUNNING&status=QUEUED`), booleans `true`/`false`, and
 * undefined/null values are skipped. `flatten` names object parameters (the jobs list's `metadata`)
 * whose entries become top-level keys (`metadata={job_type:'x'}` → `job_type=x`), as both official SDKs
 * do. A flattened key that collides with a named parameter is rejected rather than silently merged.
 */
export function toQuery(
  params: Record<string, QueryValue>,
  flatten?: Record<string, unknown> | null,
): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value == null) continue
    if (Array.isArray(value)) for (const item of value) search.append(key, scalar(item))
    else search.append(key, scalar(value as string | number | boolean | Date))
  }
  for (const [key, value] of Object.entries(flatten ?? {})) {
    if (value == null) continue
    if (key in params)
      invalidInput(
        `metadata.${key}`,
        `metadata key "${key}" collides with the query parameter of the same name`,
      )
    search.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

/** Accepts a Date or an ISO-8601 string for `created_after`; rejects what the server could not read. */
export function toDate(value: Date | string | undefined | null, field: string): Date | undefined {
  if (value == null) return undefined
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) invalidInput(field, `${field} must be a Date or an ISO-8601 string`)
  return date
}
