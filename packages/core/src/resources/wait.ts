import { TimeoutError } from '../errors'
import type { CallOptions } from '../http/request'
import { sleep } from '../http/sleep'
import { pollDelay, retryAfterMs } from '../observe/poll-delay'
import { checkWaitTiming } from '../observe/poll-options'
import { progressKey } from '../observe/progress'
import { isTransientError } from '../observe/transient'
import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'

/** setTimeout's ceiling (2³¹−1 ms, about 24.8 days): a longer deadline is no deadline. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Options of `jobs.wait` (and, with `T` a group, of `groups.wait`). `timeoutMs` (from CallOptions) is per
 * poll request, as everywhere.
 */
export interface WaitOptions<T = BatchJob> extends CallOptions {
  /** The first delay between polls, and the delay again after any change; at least 100. Defaults to 2_000. */
  intervalMs?: number | undefined
  /** The delay grows ×1.5 while status and counters stay the same, up to this (at most 1 hour). Defaults to 30_000. */
  maxIntervalMs?: number | undefined
  /**
   * The deadline of the whole wait, in ms: TimeoutError when it passes (the job keeps running). Beyond
   * 2³¹−1 ms (24.8 days, longer than any job may run) it is no deadline. Defaults to none.
   */
  maxWaitMs?: number | undefined
  /** Called with the job after every poll. Defaults to none. */
  onUpdate?: ((job: T) => void) | undefined
}

type Get<T> = (job_id: string, options: CallOptions) => Promise<T>

/**
 * Polls until a terminal status (isTerminalStatus: an unknown status keeps waiting). The first poll is
 * immediate. An error that isTransientError accepts (the network, a timeout, 408, 429, 5xx) outlasting
 * the request's own retries is not fatal here: the poll waits for its Retry-After (or the current
 * interval) and tries again; any other error rejects. Abortable at any point, mid-delay included.
 */
export function createWait<T extends { status: string } = BatchJob>(
  get: Get<T>,
  // The default fits jobs: T is BatchJob unless a caller passes its own key.
  key: (value: T) => string = progressKey as unknown as (value: T) => string,
) {
  return async function wait(job_id: string, options: WaitOptions<T> = {}): Promise<T> {
    checkWaitTiming(options)
    const { intervalMs, maxIntervalMs, maxWaitMs, onUpdate, ...call } = options
    const controller = new AbortController()
    const onAbort = () => controller.abort(options.signal?.reason)
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const timer =
      maxWaitMs === undefined || maxWaitMs > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => {
            controller.abort(new TimeoutError(`wait("${job_id}"): not terminal after ${maxWaitMs} ms`))
          }, maxWaitMs)
    const signal = controller.signal
    // The observers' timing (observe/poll-delay.ts): intervalMs × 1.5 per poll that changed nothing, capped.
    let streak = 0
    const interval = () => pollDelay(streak, { intervalMs, maxIntervalMs })
    try {
      signal.throwIfAborted()
      let last: string | undefined
      for (;;) {
        let delay: number
        try {
          const job = await get(job_id, { ...call, signal })
          onUpdate?.(job)
          if (isTerminalStatus(job.status)) return job
          const progress = key(job)
          // Back off while nothing moves; any change in status or counters resets to the first interval.
          streak = progress === last ? streak + 1 : 0
          last = progress
          delay = interval()
        } catch (error) {
          if (signal.aborted) throw signal.reason
          if (!isTransientError(error)) throw error
          streak += 1
          delay = Math.max(retryAfterMs(error) ?? 0, interval())
        }
        await sleep(delay, signal)
      }
    } finally {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }
  }
}
