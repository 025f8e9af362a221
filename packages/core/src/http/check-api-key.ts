import { invalidInput } from '../errors'

/**
 * Throws an InputValidationError naming `field` unless `value` is a key that can travel in a header:
 * visible ASCII only. A trailing newline from a file or an env var is the usual culprit; left in, fetch
 * would throw a TypeError whose message quotes the whole header, key included. The value is never echoed.
 */
export function assertApiKey(value: unknown, field = 'apiKey'): asserts value is string {
  if (typeof value !== 'string' || !/^[!-~]+$/.test(value))
    invalidInput(
      field,
      `${field} must be a non-empty string of visible ASCII characters (no spaces, line breaks or other control characters); got ${typeof value === 'string' ? 'another string' : typeof value}. The value is not shown.`,
    )
}
