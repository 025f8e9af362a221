import type { FetchHooks } from 'ofetch'
import type { RetryOptions } from './retry'

/** The last argument of every method. */
export interface CallOptions {
  /** Cancels the call; it then rejects with `signal.reason`, unwrapped. Defaults to none. */
  signal?: AbortSignal | undefined
  /**
   * Time one attempt may take: until the response headers, and for a JSON answer until its whole body;
   * never a download's body. Defaults to the client's (60_000).
   */
  timeoutMs?: number | undefined
  /** Retry policy for this call, merged over the client's; `false` disables. Defaults to the client's. */
  retry?: RetryOptions | false | undefined
  /** Extra headers for this call, over the client's. Defaults to none. */
  headers?: HeadersInit | undefined
}

/** The interceptor options, in the order ofetch calls them. */
export const HOOKS = ['onRequest', 'onRequestError', 'onResponse', 'onResponseError'] as const

/**
 * ofetch's interceptors (one function or an array), called once per attempt, retries included, with
 * ofetch's `FetchContext`. A hook that throws fails the call at once with a MistralBatchError (never retried).
 */
export interface Interceptors {
  /** Before each attempt is sent; may change `context.options.headers`. Defaults to none. */
  onRequest?: FetchHooks['onRequest']
  /** When an attempt gets no response (network failure, timeout, abort). Defaults to none. */
  onRequestError?: FetchHooks['onRequestError']
  /** When an attempt gets a response, of any status. Defaults to none. */
  onResponse?: FetchHooks['onResponse']
  /** When an attempt gets a 4xx or 5xx response, after `onResponse`. Defaults to none. */
  onResponseError?: FetchHooks['onResponseError']
}

/** Options of `createClient`. */
export interface ClientConfig extends Interceptors {
  /**
   * A key, or a function returning one (called before each call). It must be visible ASCII (a trailing
   * newline is refused). Omitted: no Authorization header (for a proxy). Defaults to none.
   */
  apiKey?: string | (() => string | Promise<string>) | undefined
  /** An `http:` or `https:` URL. Defaults to 'https://api.mistral.ai'. */
  baseURL?: string | undefined
  /** The fetch under ofetch, e.g. a test double. Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined
  /** Extra headers on every request. Defaults to none. */
  headers?: HeadersInit | undefined
  /**
   * Time one attempt may take: until the response headers, and for a JSON answer until its whole body;
   * it never cuts a download. 0 or Infinity: no limit. Defaults to 60_000.
   */
  timeoutMs?: number | undefined
  /** Retries for network errors, 408, 429 and 5xx, or `false`. Defaults to `{ retries: 2, minDelayMs: 500, maxDelayMs: 8_000 }`. */
  retry?: RetryOptions | false | undefined
}
