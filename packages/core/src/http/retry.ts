import { parseRetryAfter } from './retry-after'

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Defaults to 2. */
  retries?: number
  /** The first backoff delay, and the floor of every delay. Defaults to 500. */
  minDelayMs?: number
  /** The ceiling of the exponential backoff (a `Retry-After` may ask for more). Defaults to 8_000. */
  maxDelayMs?: number
}
export type ResolvedRetry = Required<RetryOptions>

export const DEFAULT_RETRY: ResolvedRetry = { retries: 2, minDelayMs: 500, maxDelayMs: 8_000 }

/** A `Retry-After` longer than this is not waited out inside a call: the ApiError goes to the caller. */
export const MAX_RETRY_AFTER_MS = 60_000

/** Per-call options override the client's field by field; `false` anywhere turns retries off. */
export function resolveRetry(
  client: RetryOptions | false | undefined,
  call: RetryOptions | false | undefined,
): ResolvedRetry {
  if (client === false || call === false) return { ...DEFAULT_RETRY, retries: 0 }
  return { ...DEFAULT_RETRY, ...client, ...call }
}

/** 408, 429 and 5xx are worth another attempt (contract §10: 429, 500, 502, 503, 504). */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500

/**
 * Statuses that prove the server did not act on the request, so even a job creation or an upload may be
 * re-sent: 408 (it gave up waiting for our request), 429 (rejected by the rate limiter), 503 (not served).
 * Any other 5xx may come from a gateway after the origin already created the object: ambiguous.
 */
export const isNotActedOnStatus = (status: number) => status === 408 || status === 429 || status === 503

/**
 * Exponential backoff with jitter: attempt n waits a random time in [cap/2, cap], where
 * cap = min(maxDelayMs, minDelayMs·2ⁿ), and never less than minDelayMs. A readable `Retry-After`
 * replaces it (seconds or HTTP-date); undefined means "do not retry" because it is over MAX_RETRY_AFTER_MS.
 */
export function backoffDelay(
  attempt: number,
  retry: ResolvedRetry,
  retryAfter?: string | null,
  random: () => number = Math.random,
): number | undefined {
  const asked = parseRetryAfter(retryAfter)
  if (asked !== undefined) return asked > MAX_RETRY_AFTER_MS ? undefined : asked
  const cap = Math.min(retry.maxDelayMs, retry.minDelayMs * 2 ** attempt)
  return Math.max(retry.minDelayMs, Math.round(cap / 2 + (random() * cap) / 2))
}
