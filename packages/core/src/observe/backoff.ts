import { ApiError } from '../errors'
import { parseRetryAfter } from '../http/retry-after'

/** Polling options shared by `observe` and `observeList`. */
export interface ObserveOptions {
  /** The wait after a poll that changed something (and the first wait). Defaults to 2_000. */
  intervalMs?: number | undefined
  /** The ceiling the wait grows to while nothing changes or polls fail. Defaults to 30_000. */
  maxIntervalMs?: number | undefined
}

export const DEFAULT_INTERVAL_MS = 2_000
export const DEFAULT_MAX_INTERVAL_MS = 30_000
const GROWTH = 1.5

/**
 * The wait before the next poll, counted from the end of the previous one (polls never overlap):
 * `min(intervalMs × 1.5^streak, maxIntervalMs)`, rounded to a whole millisecond, where `streak` is the
 * number of polls in a row that changed nothing (status and counters equal to the last seen) or failed.
 * With the defaults: 2_000, 3_000, 4_500, 6_750, 10_125, 15_188, 22_781, then 30_000 for good.
 * A poll that changes the status or a counter sets `streak` back to 0.
 */
export function backoffDelay(streak: number, options: ObserveOptions = {}): number {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS
  const max = options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS
  return Math.round(Math.min(interval * GROWTH ** streak, Math.max(max, interval)))
}

/**
 * The server's own wait for a 429 (or 503) with `Retry-After`, in ms; undefined otherwise. The observer
 * waits the longer of this and its backoff, and never less than the server asked.
 */
export function retryAfterMs(error: unknown): number | undefined {
  if (!ApiError.is(error) || (error.status !== 429 && error.status !== 503)) return undefined
  return parseRetryAfter(error.headers.get('retry-after'))
}
