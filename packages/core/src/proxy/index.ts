import { invalidInput } from '../errors'
import { assertApiKey } from '../http/check-api-key'
import { downstreamHeaders, upstreamHeaders } from './headers'
import { redactHeaders, redactStream, redactText, secretsOf } from './redact'
import { FILES_AND_BATCH_ROUTES, matchRoute, type ProxyRoute } from './routes'

export { FILES_AND_BATCH_ROUTES, type ProxyRoute } from './routes'

/** Options of {@link createProxy}. */
export interface ProxyOptions {
  /**
   * The Mistral API key, or a function returning it (read per request, so a rotated key is picked up).
   * A string is checked at once: empty, or with a control character (a trailing newline), it throws
   * `InputValidationError` naming `apiKey`, never echoing it. Required.
   */
  apiKey: string | (() => string | Promise<string>)
  /**
   * Where requests go: an absolute http(s) URL, checked when the proxy is made (`InputValidationError`
   * naming `upstream`). Defaults to 'https://api.mistral.ai'.
   */
  upstream?: string
  /** The routes forwarded. Defaults to {@link FILES_AND_BATCH_ROUTES}: the Files and Batch routes only. */
  allow?: readonly ProxyRoute[]
  /** A prefix the proxy is mounted under, stripped before matching (e.g. '/api/mistral'). Defaults to ''. */
  basePath?: string
  /** The fetch used upstream. Defaults to globalThis.fetch, looked up per request. */
  fetch?: typeof fetch
}

function errorResponse(status: number, message: string, extra?: HeadersInit): Response {
  const body = JSON.stringify({
    object: 'error',
    message,
    type: 'invalid_request_error',
    param: null,
    code: null,
  })
  return new Response(body, { status, headers: { 'content-type': 'application/json', ...extra } })
}

/** The upstream as a URL; anything but an absolute http(s) URL is refused before any request. */
function upstreamUrl(value: unknown): URL {
  if (value === undefined) return new URL('https://api.mistral.ai')
  let url: URL | undefined
  try {
    if (typeof value === 'string') url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    invalidInput(
      'upstream',
      'upstream must be an absolute http: or https: URL, e.g. "https://api.mistral.ai"',
    )
  }
  return url
}

/** The key for this request, or undefined when the key function fails or gives an unusable key. */
async function readKey(apiKey: ProxyOptions['apiKey']): Promise<string | undefined> {
  try {
    const key = typeof apiKey === 'function' ? await apiKey() : apiKey
    assertApiKey(key)
    return key
  } catch {
    return undefined
  }
}

/**
 * What reaches the browser of an upstream answer: the key is redacted wherever the upstream may have
 * echoed it (headers, status text, and the body of a non-2xx answer), since keeping it from the
 * browser is this proxy's whole job. 2xx bodies (file contents, results) stream through untouched.
 */
function downstream(response: Response, key: string): Response {
  const secrets = secretsOf(key)
  const body = response.ok || !response.body ? response.body : redactStream(response.body, secrets)
  return new Response(body, {
    status: response.status,
    statusText: redactText(response.statusText, secrets),
    headers: redactHeaders(downstreamHeaders(response.headers), secrets),
  })
}

/**
 * A Worker- or server-side handler that lets a browser app use the Files and Batch API without ever
 * seeing the key. It forwards only the allowed routes (404 for unknown paths, 405 for a wrong method),
 * drops the caller's own `Authorization` and cookies, adds the key, streams bodies both ways, and
 * redacts the key from anything the upstream echoes back.
 */
export function createProxy(options: ProxyOptions): (request: Request) => Promise<Response> {
  if (typeof options?.apiKey !== 'function') assertApiKey(options?.apiKey)
  const upstream = upstreamUrl(options.upstream)
  const routes = options.allow ?? FILES_AND_BATCH_ROUTES
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')

  return async (request) => {
    const url = new URL(request.url)
    // The URL parser has already resolved '.', '..' and their percent-encoded forms; what is left must
    // match an allowed route exactly, so no traversal or absolute-URL form can reach another path or host.
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      return errorResponse(404, 'Not found')
    }
    const pathname = url.pathname.slice(basePath.length)
    const match = matchRoute(routes, request.method, pathname)
    if (match === 'none') return errorResponse(404, 'Not found')
    if (match === 'method') {
      const allowed = routes
        .filter((r) => r.path.test(pathname))
        .map((r) => r.method)
        .sort()
      return errorResponse(405, 'Method not allowed', { allow: allowed.join(', ') })
    }

    const key = await readKey(options.apiKey)
    if (key === undefined) return errorResponse(500, 'The proxy has no usable API key')
    // Built from the upstream's origin, never resolved against the caller's input.
    const target = `${upstream.origin}${upstream.pathname.replace(/\/+$/, '')}${pathname}${url.search}`
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers: upstreamHeaders(request.headers, key),
      signal: request.signal,
      redirect: 'manual',
    }
    if (hasBody) {
      init.body = request.body
      init.duplex = 'half' // required to stream a request body with fetch (Node, Deno, Chromium)
    }
    let response: Response
    try {
      response = await (options.fetch ?? globalThis.fetch)(target, init)
    } catch {
      // The cause is not echoed: it could name internal hosts, and nothing here needs it downstream.
      return errorResponse(502, 'The upstream API could not be reached')
    }
    return downstream(response, key)
  }
}
