import type * as v from 'valibot'
import { type ApiError, isApiError, isConnectionError, isTimeoutError } from '../errors'
import { toApiError } from './error-body'
import { neverConnected, toConnectionError } from './failure'
import { parseBody } from './parse'
import { backoffDelay, isNotActedOnStatus, isRetryableStatus, type RetryOptions, resolveRetry } from './retry'
import { sleep } from './sleep'
import { fetchWithTimeout } from './timeout'

/*
 * Why plain fetch and not ofetch: measured with esbuild --minify + gzip, ofetch 1.5.1 alone is 4,035 bytes,
 * half the 8 KB budget of the whole client, and it would carry nothing we use: its timeout is ignored once a
 * signal is passed, it has no Retry-After, its error parsing does not know contract §10's body families, and
 * streamed downloads need the raw Response anyway. So this file owns one small request loop instead.
 */

/** The last argument of every method. */
export interface CallOptions {
  /** Cancels the call; it then rejects with `signal.reason`, unwrapped. Defaults to none. */
  signal?: AbortSignal | undefined
  /** Time until response headers, per attempt; never cuts a body. Defaults to the client's (60_000). */
  timeoutMs?: number | undefined
  /** Retry policy for this call, merged over the client's; `false` disables. Defaults to the client's. */
  retry?: RetryOptions | false | undefined
  /** Extra headers for this call, over the client's. Defaults to none. */
  headers?: HeadersInit | undefined
}

/** Options of `createClient`. */
export interface ClientConfig {
  /** A key, or a function returning one (called before each call). Omitted: no Authorization header (for a proxy). Defaults to none. */
  apiKey?: string | (() => string | Promise<string>) | undefined
  /** Defaults to 'https://api.mistral.ai'. */
  baseURL?: string | undefined
  /** The fetch to use, e.g. a test double. Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined
  /** Extra headers on every request. Defaults to none. */
  headers?: HeadersInit | undefined
  /** Time until response headers, per attempt; it never cuts a body stream. Defaults to 60_000. */
  timeoutMs?: number | undefined
  /** Retries for network errors, 408, 429 and 5xx, or `false`. Defaults to `{ retries: 2, minDelayMs: 500, maxDelayMs: 8_000 }`. */
  retry?: RetryOptions | false | undefined
}

export interface Spec<R> {
  method: 'GET' | 'POST' | 'DELETE'
  /** Path with ids already encoded by pathId, plus the query string from toQuery. */
  path: string
  json?: unknown
  /** A body factory: each attempt needs a fresh body (a FormData's Blob can be re-read, a stream cannot). */
  body?: () => BodyInit
  headers?: Record<string, string>
  /**
   * Added to the client's default timeout (not to a per-call `timeoutMs`): an upload's headers only come
   * after its whole body was sent, so the default must grow with the file.
   */
  sendAllowanceMs?: number
  /** Parses the 2xx response inside the attempt; without it the Response is returned unread (downloads). */
  schema?: v.GenericSchema<unknown, R>
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
  /** The fetch for this call, in place of the client's (an upload's progress-reporting one). Defaults to the client's. */
  fetch?: typeof fetch
}

export type Requester = <R>(spec: Spec<R>, options?: CallOptions) => Promise<R>

/** Builds the one request function every resource uses. Reads nothing global until a call is made. */
export function createRequester(config: ClientConfig): Requester {
  const base = (config.baseURL ?? 'https://api.mistral.ai').replace(/\/+$/, '')
  return async function request<R>(spec: Spec<R>, options: CallOptions = {}): Promise<R> {
    const { signal } = options
    const retry = resolveRetry(config.retry, options.retry)
    const url = base + spec.path
    const describe = `[${spec.method}] "${url}"`
    const key = typeof config.apiKey === 'function' ? await config.apiKey() : config.apiKey
    const headers = new Headers(config.headers)
    new Headers(options.headers).forEach((value, name) => {
      headers.set(name, value)
    })
    if (!headers.has('accept')) headers.set('accept', 'application/json')
    if (spec.json !== undefined) headers.set('content-type', 'application/json')
    for (const [name, value] of Object.entries(spec.headers ?? {})) headers.set(name, value)
    if (key) headers.set('authorization', `Bearer ${key}`)
    const redact = (text: string) => (key ? text.split(key).join('[redacted]') : text)
    // Serialised once, outside the retry loop: a payload that cannot be encoded is the caller's error, not a network one.
    const json = spec.json === undefined ? undefined : JSON.stringify(spec.json)
    for (let attempt = 0; ; attempt++) {
      let failure: Error
      let retryAfter: string | null = null
      let ambiguous = true
      try {
        const body = json ?? spec.body?.()
        const init: RequestInit = { method: spec.method, headers, ...(body === undefined ? {} : { body }) }
        const fetchFn = spec.fetch ?? config.fetch ?? globalThis.fetch
        const timeoutMs = options.timeoutMs ?? (config.timeoutMs ?? 60_000) + (spec.sendAllowanceMs ?? 0)
        const { response, dispose } = await fetchWithTimeout(fetchFn, url, init, signal, timeoutMs, describe)
        if (response.ok && !spec.schema) return response as R
        try {
          const text = redact(await response.text())
          if (response.ok) return parseBody(text, spec.schema!, describe)
          throw toApiError(response, spec.method, url, text, redact)
        } finally {
          dispose()
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason
        failure = toConnectionError(error, describe)
        if (isApiError(failure)) {
          const { status, headers: h } = failure as ApiError
          if (!isRetryableStatus(status)) throw failure
          retryAfter = h.get('retry-after')
          ambiguous = !isNotActedOnStatus(status)
        } else if (isConnectionError(failure)) ambiguous = !neverConnected(error)
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
