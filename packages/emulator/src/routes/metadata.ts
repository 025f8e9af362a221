import type { DetailItem } from '../http'
import { isRecord } from '../models/text'

/** One FastAPI-style `detail[]` item (contract §10). */
export const issue = (type: string, loc: (string | number)[], msg: string, input: unknown): DetailItem => ({
  type,
  loc,
  msg,
  input,
})

/** `metadata`: keys of 1–32 characters, string values of 1–512 (contract §3.1, §9). */
export function checkMetadata(value: unknown, issues: DetailItem[]): Record<string, string> | null {
  if (value === undefined || value === null) return null
  if (!isRecord(value)) {
    issues.push(issue('dict_type', ['body', 'metadata'], 'Input should be a valid dictionary', value))
    return null
  }
  for (const [key, entry] of Object.entries(value)) {
    const loc = ['body', 'metadata', key]
    if (key.length < 1 || key.length > 32) {
      const msg =
        key.length < 1
          ? 'String should have at least 1 character'
          : 'String should have at most 32 characters'
      issues.push(issue(key.length < 1 ? 'string_too_short' : 'string_too_long', [...loc, '[key]'], msg, key))
    }
    if (typeof entry !== 'string')
      issues.push(issue('string_type', loc, 'Input should be a valid string', entry))
    else if (entry.length < 1 || entry.length > 512) {
      const short = entry.length < 1
      const msg = short
        ? 'String should have at least 1 character'
        : 'String should have at most 512 characters'
      issues.push(issue(short ? 'string_too_short' : 'string_too_long', loc, msg, entry))
    }
  }
  return value as Record<string, string>
}
