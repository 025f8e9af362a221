import { InputValidationError } from '../errors'

/**
 * The one way an id enters a URL path: percent-encoded, so an id with `/`, `?` or `#` cannot reach
 * another route, and never empty, since `/v1/files/` would silently hit the list endpoint instead.
 */
export function pathId(id: string, field: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new InputValidationError(`${field} must be a non-empty string`, [
      { path: field, message: `${field} must be a non-empty string` },
    ])
  }
  return encodeURIComponent(id)
}
