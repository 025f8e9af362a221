import { invalidInput } from '../errors'

// C0 controls and DEL: a header value cannot carry them, and `fetch` would throw a TypeError whose
// message quotes the whole header, key included. A trailing newline from a file or an env var is the
// usual way one gets in.
const hasControl = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/**
 * Checks an API key before anything is sent: a non-empty string with no control character. Throws
 * `InputValidationError` naming `field`; the message never contains the value.
 */
export function assertApiKey(value: unknown, field = 'apiKey'): asserts value is string {
  if (typeof value !== 'string')
    invalidInput(field, `${field} must be a string, got ${value === null ? 'null' : typeof value}`)
  if (value === '') invalidInput(field, `${field} must not be empty`)
  if (hasControl(value)) {
    invalidInput(field, `${field} contains a control character (a trailing newline?); trim it before use`)
  }
}
