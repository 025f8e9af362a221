import { apiError } from './http'
import type { FaultOptions } from './options'
import { intBetween, type Random } from './random'

const RESET = Symbol.for('@mistral-batch/emulator.reset')

/** The error `emulator.fetch` rejects with for a dropped connection: a `TypeError`, as `fetch` throws. */
export class EmulatedReset extends TypeError {
  /** `before`: the request was never handled. `after`: it was handled, and the response was lost. */
  readonly phase: 'before' | 'after'
  constructor(phase: 'before' | 'after') {
    super(`fetch failed (emulated connection reset ${phase} the handler ran)`)
    this.name = 'TypeError'
    this.phase = phase
    Object.defineProperty(this, RESET, { value: true })
  }
}

/** True for an `EmulatedReset`, also from another copy of this package (a global symbol, not `instanceof`). */
export function isEmulatedReset(error: unknown): error is EmulatedReset {
  return typeof error === 'object' && error !== null && (error as { [RESET]?: unknown })[RESET] === true
}

/** Counts of injected faults, for tests that assert what happened. */
export interface FaultCounts {
  delayed: number
  errors: number
  rateLimits: number
  resets: number
  resetsAfter: number
  truncations: number
}

/** One request's faults, all drawn up front. */
export interface FaultDraw {
  delayMs: number
  /** A response to send instead of handling the request, or `reset` to drop the connection. */
  early: Response | 'reset' | undefined
  resetAfter: boolean
  cutAt: ((length: number) => number) | undefined
}

const SERVER_ERRORS = [
  () => apiError(500, 'Internal server error', 'server_error', { code: 'internal_error' }),
  () =>
    new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    }),
  () =>
    new Response('upstream connect error or disconnect/reset before headers', {
      status: 503,
      headers: { 'content-type': 'text/plain' },
    }),
]

/**
 * Draws exactly eight numbers per request, whatever the knobs, so a seeded emulator injects the same
 * faults into the same request sequence even after `setFaults` changes the rates.
 */
export function drawFaults(faults: FaultOptions, random: Random, counts: FaultCounts): FaultDraw {
  const r = Array.from({ length: 8 }, () => random())
  const at = (i: number) => r[i] as number
  const latency = faults.latencyMs ?? 0
  const delayMs =
    typeof latency === 'number' ? latency : Math.round(latency[0] + at(0) * (latency[1] - latency[0]))
  if (delayMs > 0) counts.delayed++
  let early: FaultDraw['early']
  if (at(1) < (faults.resetRate ?? 0)) {
    early = 'reset'
    counts.resets++
  } else if (at(2) < (faults.rateLimitRate ?? 0)) {
    counts.rateLimits++
    const retryAfter = String(faults.retryAfterSeconds ?? 1)
    early = apiError(429, 'Requests rate limit exceeded', 'rate_limit_error', {
      code: '1300',
      headers: { 'retry-after': retryAfter },
    })
  } else if (at(3) < (faults.errorRate ?? 0)) {
    counts.errors++
    early = (SERVER_ERRORS[intBetween(() => at(4), 0, SERVER_ERRORS.length - 1)] as () => Response)()
  }
  const resetAfter = early === undefined && at(5) < (faults.resetAfterRate ?? 0)
  if (resetAfter) counts.resetsAfter++
  const truncate = early === undefined && !resetAfter && at(6) < (faults.truncateRate ?? 0)
  const cutAt = truncate
    ? (length: number) => {
        counts.truncations++
        return Math.max(1, Math.min(length - 1, Math.floor(at(7) * length)))
      }
    : undefined
  return { delayMs, early, resetAfter, cutAt }
}
