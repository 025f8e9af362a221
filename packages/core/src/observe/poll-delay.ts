import { ApiError } from '../errors'
import { parseRetryAfter } from '../http/retry-after'

/** Polling options shared by `observe`, `observeList` and `jobs.wait`. */
export interface ObserveOptions {
  /**
   * The wait after a poll that changed something (and the first wait). A positive number of ms; below
   * MIN_POLL_DELAY_MS (100) it is raised to it. Defaults to 2_000.
   */
  intervalMs?: number | undefined
  /**
   * The ceiling the wait grows to while nothing changes or polls fail; never above MAX_POLL_DELAY_MS
   * (1 hour). Defaults to 30_000.
   */
  maxIntervalMs?: number | undefined
}

export const DEFAULT_INTERVAL_MS = 2_000
export const DEFAULT_MAX_INTERVAL_MS = 30_000
/** No poll comes sooner than this after the last one, whatever the options say: never a flood. */
export const MIN_POLL_DELAY_MS = 100
/**
 * No poll waits longer than this, whatever the options or a server's `Retry-After` say. It also keeps
 * every delay far below setTimeout's 2³¹−1 ms limit, past which timers fire at once (a flood).
 */
export const MAX_POLL_DELAY_MS = 3_600_000
const GROWTH = 1.5

/** Any delay, brought into [MIN_POLL_DELAY_MS, MAX_POLL_DELAY_MS]; NaN becomes the floor. */
export function clampPollDelay(ms: number): number {
  if (!(ms >= MIN_POLL_DELAY_MS)) return MIN_POLL_DELAY_MS
  return Math.min(Math.round(ms), MAX_POLL_DELAY_MS)
}

/**
 * The wait before the next poll, counted from the end of the previous one (polls never overlap):
 * `min(intervalMs × 1.5^streak, maxIntervalMs)`, rounded to a whole millisecond and clamped by
 * clampPollDelay, where `streak` is the number of polls in a row that changed nothing (status and
 * counters equal to the last seen) or failed. With the defaults: 2_000, 3_000, 4_500, 6_750, 10_125,
 * 15_188, 22_781, then 30_000 for good. A poll that changes the status or a counter sets `streak` back to 0.
 * (Not the HTTP retry backoff: that one is per attempt, with jitter, in http/retry.ts.)
 */
export function pollDelay(streak: number, options: ObserveOptions = {}): number {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS
  const max = options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS
  return clampPollDelay(Math.min(interval * GROWTH ** streak, Math.max(max, interval)))
}

/**
 * The server's own wait for a 429 (or 503) with `Retry-After`, in ms; undefined otherwise. The pollers
 * wait the longer of this and their backoff, clamped like every delay (a Retry-After of months is an hour).
 */
export function retryAfterMs(error: unknown): number | undefined {
  if (!ApiError.is(error) || (error.status !== 429 && error.status !== 503)) return undefined
  const asked = parseRetryAfter(error.headers.get('retry-after'))
  return asked === undefined ? undefined : clampPollDelay(asked)
}
