import { TimeoutError } from '../errors'

/**
 * One fetch attempt whose timeout covers only the wait for response headers. The timer is cleared the
 * moment headers arrive, so a long download is never cut (`AbortSignal.timeout` cannot be cleared, so it
 * would keep running over the body; hence our own controller and timer). The caller's signal stays
 * linked so that aborting still cancels a body being streamed; `dispose` unlinks it once the body is read.
 * A caller's abort rejects with `signal.reason` unwrapped; the timer rejects with TimeoutError.
 */
export async function fetchWithTimeout(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  describe: string,
): Promise<{ response: Response; dispose: () => void }> {
  signal?.throwIfAborted()
  const controller = new AbortController()
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const dispose = () => signal?.removeEventListener('abort', onAbort)
  let timedOut = false
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true
          controller.abort(new TimeoutError(`${describe}: no response headers within ${timeoutMs} ms`))
        }, timeoutMs)
      : undefined
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal })
    return { response, dispose }
  } catch (error) {
    dispose()
    if (signal?.aborted) throw signal.reason
    if (timedOut) throw controller.signal.reason
    throw error
  } finally {
    clearTimeout(timer)
  }
}
