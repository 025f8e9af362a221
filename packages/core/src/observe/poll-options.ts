import { invalidInput } from '../errors'
import type { ObserveOptions } from './poll-delay'

/** The fields checked, and whether Infinity is allowed (a ceiling or a deadline may be "none"). */
const POLL_FIELDS = { intervalMs: false, maxIntervalMs: true } as const
const WAIT_FIELDS = { ...POLL_FIELDS, maxWaitMs: true } as const

const shown = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value).slice(0, 40) : String(value)

/*
 * Hand-written rather than a valibot schema: the observers run it on every subscribe and setOptions, and
 * three numeric fields need no schema machinery.
 */
function check(options: unknown, root: string, fields: Record<string, boolean>): void {
  if (options == null) return
  if (typeof options !== 'object') invalidInput(root || 'options', `${root || 'options'} must be an object`)
  for (const [field, infinite] of Object.entries(fields)) {
    const value = (options as Record<string, unknown>)[field]
    if (value === undefined) continue
    if (typeof value === 'number' && value > 0 && (infinite || Number.isFinite(value))) continue
    const path = root ? `${root}.${field}` : field
    invalidInput(
      path,
      `${path} must be a positive ${infinite ? '' : 'finite '}number of ms, not ${shown(value)}`,
    )
  }
}

/**
 * Refuses polling options that would flood or stall (0, negative, NaN, a string from an env var) with an
 * InputValidationError naming the option, before any request. Valid values are still clamped when used
 * (clampPollDelay), so no input can make a poll come sooner than 100 ms.
 */
export function checkPollOptions(options: ObserveOptions | null | undefined, root = 'options'): void {
  check(options, root, POLL_FIELDS)
}

/** checkPollOptions plus `maxWaitMs`, the deadline of a whole `jobs.wait`. */
export function checkWaitTiming(options: unknown, root = 'options'): void {
  check(options, root, WAIT_FIELDS)
}
