/** setTimeout's ceiling: a longer delay overflows and fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Waits `ms`, clamped to [0, MAX_TIMER_MS] (a longer delay would overflow setTimeout and fire at once,
 * turning a wait into a flood; NaN waits 0), or rejects with `signal.reason` as soon as the signal aborts
 * (no timer is left behind).
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(Math.max(ms, 0) || 0, MAX_TIMER_MS),
    )
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
