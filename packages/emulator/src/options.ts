/**
 * Fault injection knobs. Each rate is a probability in [0, 1], drawn per request from the emulator's PRNG
 * (seeded by `EmulatorOptions.seed`), in a fixed order, so a seeded run replays the same faults for the
 * same sequence of requests.
 *
 * Decided BEFORE the handler acts (the server did nothing, state is unchanged):
 * `latencyMs`, `resetRate`, `rateLimitRate`, `errorRate`.
 * Decided AFTER the handler acted (state HAS changed, but the response is lost): `resetAfterRate`.
 * Applied to the response body while it streams: `truncateRate` (file downloads only).
 */
export interface FaultOptions {
  /** Share of requests answered 500/502/503 (JSON, HTML or plain-text body) before acting. Defaults to 0. */
  errorRate?: number
  /** Share of requests answered 429 with `Retry-After` before acting. Defaults to 0. */
  rateLimitRate?: number
  /** The `Retry-After` value, in seconds, sent with injected 429s. Defaults to 1. */
  retryAfterSeconds?: number
  /** Added latency per request: a fixed number of ms or a `[min, max]` range. Defaults to 0. */
  latencyMs?: number | readonly [number, number]
  /**
   * Share of requests whose connection drops BEFORE the handler acts. `emulator.fetch` rejects with a
   * `TypeError` (as `fetch` does on a network error); the Node server destroys the socket. Defaults to 0.
   */
  resetRate?: number
  /**
   * Share of requests whose connection drops AFTER the handler acted: the file or job exists, but the
   * client never sees the response. This is what a client's exactly-once logic must survive. Defaults to 0.
   */
  resetAfterRate?: number
  /** Share of `/content` downloads whose body is cut off mid-file (the stream errors). Defaults to 0. */
  truncateRate?: number
}

/** Options of `createEmulator`. */
export interface EmulatorOptions {
  /** When set, every request except signed URLs needs `Authorization: Bearer <apiKey>`. Defaults to none (open). */
  apiKey?: string
  /** How fast a running job completes requests. Defaults to 10. */
  requestsPerSecond?: number
  /** How long a job stays QUEUED before RUNNING, in ms. Defaults to 2_000. */
  startDelayMs?: number
  /** How long a job stays CANCELLATION_REQUESTED before CANCELLED, in ms. Defaults to 500. */
  cancelDelayMs?: number
  /** The clock, in ms since the epoch; inject one to drive job lifecycles in tests. Defaults to `Date.now`. */
  now?: () => number
  /** Faults to inject; see `FaultOptions`. Defaults to none. */
  faults?: FaultOptions
  /**
   * Seeds the PRNG behind faults, ids and signed-URL secrets, so runs are reproducible. Defaults to none:
   * ids come from `crypto.randomUUID()` and faults from a seed drawn from `Math.random()`.
   */
  seed?: number
  /** The largest accepted upload, in bytes (contract §9). Defaults to 536_870_912 (512 MB). */
  maxFileBytes?: number
  /** The most inline `requests` a job may carry (contract §9); more answer 422. Defaults to 10_000. */
  maxInlineRequests?: number
  /**
   * The most requests one job may hold, counted over its input files or inline requests (contract §9,
   * "Maximum requests per batch: 100,000"); a create over it answers 400 `invalid_request_error`, code
   * `too_many_requests`, and no job is made. Defaults to 100_000.
   */
  maxRequestsPerJob?: number
  /**
   * The share of otherwise valid lines that fail, in [0, 1], so retries can be exercised end to end.
   * Half go to the error file (status 500), half stay in the output file as non-2xx results (status 429).
   * Which lines fail is a hash of `seed`, the job id and the line: the same on every seeded run, drawn
   * afresh for a retry job. Defaults to 0.
   */
  failRate?: number
}

export interface ResolvedOptions {
  apiKey: string | undefined
  requestsPerSecond: number
  startDelayMs: number
  cancelDelayMs: number
  now: () => number
  seed: number | undefined
  maxFileBytes: number
  maxInlineRequests: number
  maxRequestsPerJob: number
  failRate: number
}

/** A whole number ≥ 1 (plain JS callers may pass strings or NaN); a RangeError names the option. */
function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, got ${String(value)}`)
  }
  return value
}

function shareOf(value: unknown): number {
  if (value === undefined) return 0
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new RangeError(`failRate must be a number from 0 to 1, got ${String(value)}`)
  }
  return value
}

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const requestsPerSecond = options.requestsPerSecond ?? 10
  if (!(requestsPerSecond > 0)) throw new RangeError('requestsPerSecond must be a positive number')
  return {
    apiKey: options.apiKey,
    requestsPerSecond,
    startDelayMs: Math.max(0, options.startDelayMs ?? 2_000),
    cancelDelayMs: Math.max(0, options.cancelDelayMs ?? 500),
    now: options.now ?? Date.now,
    seed: options.seed,
    maxFileBytes: positiveInteger(options.maxFileBytes, 'maxFileBytes', 512 * 1024 * 1024),
    maxInlineRequests: positiveInteger(options.maxInlineRequests, 'maxInlineRequests', 10_000),
    maxRequestsPerJob: positiveInteger(options.maxRequestsPerJob, 'maxRequestsPerJob', 100_000),
    failRate: shareOf(options.failRate),
  }
}
