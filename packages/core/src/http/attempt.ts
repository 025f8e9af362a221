import { type $Fetch, FetchError, type FetchOptions, type FetchResponse } from 'ofetch'
import { TimeoutError } from '../errors'
import { toFailure } from './failure'
import { linkSignal } from './link-signal'
import { MAX_TIMER_MS } from './sleep'

export interface Sent {
  response: Response
  /** The body, redacted; '' for a 2xx stream, which is left unread. */
  text: string
}

/**
 * One attempt through ofetch. The timer covers the wait for headers and, for a JSON answer, the whole
 * body (ofetch reads it before returning), so a stalled small answer still settles. A 2xx `stream` is
 * returned once its headers arrive and the timer stops there, so a download is never cut. Non-2xx answers
 * come back with their text: ofetch's FetchError is taken apart here, since its `options` carry the key.
 * A caller's abort rejects with `signal.reason` unwrapped; the timer rejects with TimeoutError.
 */
export async function sendAttempt(
  transport: $Fetch,
  path: string,
  init: FetchOptions,
  stream: boolean,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  describe: string,
  redact: (text: string) => string,
): Promise<Sent> {
  signal?.throwIfAborted()
  const controller = new AbortController()
  const linked = linkSignal(signal, controller)
  let timedOut = false
  // A timeout past setTimeout's ceiling would fire at once: it means "no limit", like 0 and Infinity.
  const timer =
    timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true
          controller.abort(new TimeoutError(`${describe}: no complete answer within ${timeoutMs} ms`))
        }, timeoutMs)
      : undefined
  let streaming = false
  try {
    let response: FetchResponse<unknown>
    try {
      const responseType = stream ? 'stream' : 'text'
      response = await transport.raw(path, { ...init, signal: linked.signal, responseType })
    } catch (error) {
      const answered = error instanceof FetchError ? (error.response as FetchResponse<unknown>) : undefined
      // No response: the network failed; keep what fetch threw, never the FetchError around it.
      if (!answered) throw error instanceof FetchError ? error.cause : error
      response = answered
    }
    streaming = stream && response.ok
    if (streaming) return { response, text: '' }
    const data = response._data
    return { response, text: redact(typeof data === 'string' ? data : await response.text()) }
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    if (timedOut) throw controller.signal.reason
    throw toFailure(error, describe, redact)
  } finally {
    clearTimeout(timer)
    if (!streaming) linked.dispose()
  }
}
