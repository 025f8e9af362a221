import { invalidInput } from '../errors'

/**
 * The one way an id enters a URL path: percent-encoded, so an id with `/`, `?` or `#` cannot reach
 * another route, never empty, since `/v1/files/` would silently hit the list endpoint instead, and never
 * a dot segment (`.`, `..`), which the URL parser would resolve into another route.
 */
export function pathId(id: string, field: string): string {
  if (typeof id !== 'string' || id.trim() === '') invalidInput(field, `${field} must be a non-empty string`)
  // encodeURIComponent keeps dots, and a URL parser resolves `.`/`..` segments: /v1/batch/jobs/.. is /v1/batch/.
  if (id === '.' || id === '..')
    invalidInput(field, `${field} must not be "." or "..": URLs resolve them as paths`)
  return encodeURIComponent(id)
}
