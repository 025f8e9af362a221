import type { ValidationIssue } from '../errors'

/**
 * A decoder for the validation path that reports each line holding invalid UTF-8 (a Latin-1 or UTF-16
 * file, a truncated multi-byte character) instead of silently turning it into U+FFFD as the lenient
 * reader does. Valid input costs one native fatal decode per span; only a span that fails is split into
 * its lines to find the bad ones. The text returned is the lenient decoding, so the other checks still run.
 */
export function strictUtf8(
  onInvalid: (line: number) => void,
): (bytes: Uint8Array, firstLine: number) => string {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true })
  return (bytes, firstLine) => {
    try {
      return fatal.decode(bytes)
    } catch {
      let line = firstLine
      for (let start = 0; start <= bytes.length; line++) {
        const found = bytes.indexOf(10, start)
        const end = found === -1 ? bytes.length : found
        try {
          fatal.decode(bytes.subarray(start, end))
        } catch {
          onInvalid(line)
        }
        start = end + 1
      }
      return lenient.decode(bytes)
    }
  }
}

/** The issue for a line that is not valid UTF-8. */
export const notUtf8 = (line: number): ValidationIssue => ({
  line,
  path: '',
  message: `Line ${line} is not valid UTF-8: batch files must be UTF-8 encoded JSONL`,
  severity: 'error',
})
