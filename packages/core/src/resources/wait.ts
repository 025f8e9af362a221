import { isApiError, TimeoutError } from '../errors'
import type { CallOptions } from '../http/request'
import { parseRetryAfter } from '../http/retry-after'
import { sleep } from '../http/sleep'
import { backoffDelay } from '../observe/backoff'
import { progressKey } from '../observe/progress'
import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'

/** Options of `jobs.wait` (and, with `T` a group, of `groups.wait`). */
export interface WaitOptions<T = BatchJob> extends Omit<CallOptions, 'timeoutMs'> {
  /** The first delay between polls, and the delay again after any change. Defaults to 2_000. */
  intervalMs?: number | undefined
  /** The delay grows ×1.5 while status and counters stay the same, up to this. Defaults to 30_000. */
  maxIntervalMs?: number | undefined
  /** Overall limit for the whole wait; TimeoutError when it passes. Defaults to none. */
  timeoutMs?: number | undefined
  /** Called with the job after every poll. Defaults to none. */
  onUpdate?: ((job: T) => void) | undefined
}

type Get<T> = (job_id: string, options: CallOptions) => Promise<T>

/**
 * Polls until a terminal status (isTerminalStatus: an unknown status keeps waiting). The first poll is
 * immediate. A 429 that outlasts the request's own retries is not fatal here: the poll waits for its
 * Retry-After (or the current interval) and tries again. Abortable at any point, mid-delay included.
 */
export function createWait<T extends { status: string } = BatchJob>(
  get: Get<T>,
  // The default fits jobs: T is BatchJob unless a caller passes its own key.
  key: (value: T) => string = progressKey as unknown as (value: T) => string,
) {
  return async function wait(job_id: string, options: WaitOptions<T> = {}): Promise<T> {
    const { intervalMs, maxIntervalMs, timeoutMs, onUpdate, ...call } = options
    const controller = new AbortController()
    const onAbort = () => controller.abort(options.signal?.reason)
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            controller.abort(new TimeoutError(`wait("${job_id}"): not terminal after ${timeoutMs} ms`))
          }, timeoutMs)
    const signal = controller.signal
    // The observers' timing (observe/backoff.ts): intervalMs × 1.5 per poll that changed nothing, capped.
    let streak = 0
    const interval = () => backoffDelay(streak, { intervalMs, maxIntervalMs })
    try {
      signal.throwIfAborted()
      let last: string | undefined
      for (;;) {
        let delay: number
        try {
          const job = await get(job_id, { ...call, signal })
          onUpdate?.(job)
          if (isTerminalStatus(job.status)) return job
          const now = key(job)
          // Back off while nothing moves; any change in status or counters resets to the first interval.
          streak = now === last ? streak + 1 : 0
          last = now
          delay = interval()
        } catch (error) {
          if (signal.aborted) throw signal.reason
          if (!(isApiError(error) && error.status === 429)) throw error
          delay = Math.max(parseRetryAfter(error.headers.get('retry-after')) ?? 0, interval())
        }
        await sleep(delay, signal)
      }
    } finally {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }
  }
}
