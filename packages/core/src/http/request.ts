import type { FetchOptions } from 'ofetch'
import { type ApiError, isApiError, isConnectionError, isTimeoutError } from '../errors'
import { sendAttempt } from './attempt'
import { assertApiKey } from './check-api-key'
import { checkCallOptions, checkClientConfig } from './check-options'
import { toApiError } from './error-body'
import { neverConnected } from './failure'
import type { CallOptions, ClientConfig } from './options'
import { backoffDelay, isNotActedOnStatus, isRetryableStatus, resolveRetry } from './retry'
import { sleep } from './sleep'
import { createTransport } from './transport'

export type { CallOptions, ClientConfig, Interceptors } from './options'

export interface Spec<R> {
  method: 'GET' | 'POST' | 'DELETE'
  /** Path with ids already encoded by pathId, plus the query string from toQuery. */
  path: string
  json?: unknown
  /** A body factory: each attempt needs a fresh body (a FormData's Blob can be re-read, a stream cannot). */
  body?: () => BodyInit
  headers?: Record<string, string>
  /** This call's fetch instead of the client's, still under ofetch and the interceptors (e.g. an XHR-backed one). */
  fetch?: typeof fetch
  /** Extra RequestInit fields for this call, e.g. `duplex: 'half'` for a streamed body. */
  init?: RequestInit & { duplex?: 'half' }
  /**
   * Added to the client's default timeout (not to a per-call `timeoutMs`): an upload's headers only come
   * after its whole body was sent, so the default must grow with the file.
   */
  sendAllowanceMs?: number
  /**
   * Parses the 2xx body's text inside the attempt (`json(Schema)` from parse.ts); without it the Response is
   * returned unread (downloads). A function, not a schema, so the transport loads no valibot up front.
   */
  parse?: (text: string, where: string) => R
  /**
   * Exactly-once policy (API.md "Retries and exactly-once"). GET, DELETE and cancel are idempotent and
   * retry on every retryable failure. The others (job creation, upload) are re-sent only after a failure
   * that proves the server did not act: a connection never made, or 408/429/503. After an ambiguous one
   * (a dropped connection, a timeout, another 5xx) they are never re-sent blindly: `reconcile` looks the
   * marked object up after the backoff, returns it if it exists, and only when it is absent is the
   * request sent again. Without `reconcile`, an ambiguous failure is thrown to the caller.
   * Defaults to true for GET and DELETE, false for POST.
   */
  idempotent?: boolean
  reconcile?: (signal: AbortSignal | undefined) => Promise<R | undefined>
}

export type Requester = <R>(spec: Spec<R>, options?: CallOptions) => Promise<R>

/** A redirect answered to a POST: followed, it would re-send the body elsewhere, so it is refused. */
const isRedirect = (response: Response) =>
  response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)

/** Builds the one request function every resource uses. Checks the options now; reads nothing global until a call. */
export function createRequester(config: ClientConfig): Requester {
  checkClientConfig(config)
  const transport = createTransport(config)
  const base = (config.baseURL ?? 'https://api.mistral.ai').replace(/\/+$/, '')
  return async function request<R>(spec: Spec<R>, options: CallOptions = {}): Promise<R> {
    checkCallOptions(options)
    const { signal } = options
    const retry = resolveRetry(config.retry, options.retry)
    const url = base + spec.path
    const describe = `[${spec.method}] "${url}"`
    const key = typeof config.apiKey === 'function' ? await config.apiKey() : config.apiKey
    if (key !== undefined) assertApiKey(key)
    const headers = new Headers(config.headers)
    new Headers(options.headers).forEach((value, name) => {
      headers.set(name, value)
    })
    // Downloads ask for what the spec serves; everything else is JSON.
    if (!headers.has('accept'))
      headers.set('accept', spec.parse ? 'application/json' : 'application/octet-stream')
    for (const [name, value] of Object.entries(spec.headers ?? {})) headers.set(name, value)
    if (key) headers.set('authorization', `Bearer ${key}`)
    const redact = (text: string) => (key ? text.split(key).join('[redacted]') : text)
    const send = spec.fetch ? transport.create({}, { fetch: spec.fetch }) : transport
    // Serialised once, outside the retry loop: a payload that cannot be encoded is the caller's error, not a network one.
    const json = spec.json === undefined ? undefined : JSON.stringify(spec.json)
    for (let attempt = 0; ; attempt++) {
      let failure: Error
      let retryAfter: string | null = null
      let ambiguous = true
      try {
        const body = json ?? spec.body?.()
        // A POST never follows a redirect: the job body or the file would go to another URL. An upload
        // says 'error' where it can: to be able to follow, Node's fetch (undici) tees the body and keeps
        // a copy of all of it while sending, +1 MB of RSS per MB uploaded. workerd refuses 'error' (and
        // keeps no copy), so it gets 'manual'; `WebSocketPair` is a global only workerd has.
        const redirect: RequestRedirect =
          spec.method !== 'POST'
            ? 'follow'
            : spec.body && !('WebSocketPair' in globalThis)
              ? 'error'
              : 'manual'
        const init: FetchOptions = { ...spec.init, method: spec.method, headers, redirect, body }
        const timeoutMs = options.timeoutMs ?? (config.timeoutMs ?? 60_000) + (spec.sendAllowanceMs ?? 0)
        const { response, text } = await sendAttempt(
          send,
          spec.path,
          init,
          !spec.parse,
          signal,
          timeoutMs,
          describe,
          redact,
        )
        if (response.ok) return spec.parse ? spec.parse(text, describe) : (response as R)
        throw await toApiError(
          response,
          spec.method,
          url,
          isRedirect(response) ? 'redirect refused: a POST is never re-sent to another URL' : text,
          redact,
        )
      } catch (error) {
        if (signal?.aborted) throw signal.reason
        failure = error as Error
        if (isApiError(failure)) {
          const { status, headers: h } = failure as ApiError
          if (!isRetryableStatus(status)) throw failure
          retryAfter = h.get('retry-after')
          ambiguous = !isNotActedOnStatus(status)
        } else if (isConnectionError(failure)) ambiguous = !neverConnected(failure.cause)
        else if (!isTimeoutError(failure)) throw failure
      }
      if (attempt >= retry.retries) throw failure
      const unsafe = ambiguous && !(spec.idempotent ?? spec.method !== 'POST')
      if (unsafe && !spec.reconcile) throw failure
      const delay = backoffDelay(attempt, retry, retryAfter)
      if (delay === undefined) throw failure
      await sleep(delay, signal)
      if (unsafe) {
        const found = await spec.reconcile!(signal).catch(() => {
          // The lookup failed, so we cannot know whether the object exists: re-sending could duplicate it.
          throw failure
        })
        if (found !== undefined) return found
      }
    }
  }
}
