import { downstreamHeaders, upstreamHeaders } from './headers'
import { FILES_AND_BATCH_ROUTES, matchRoute, type ProxyRoute } from './routes'

export { FILES_AND_BATCH_ROUTES, type ProxyRoute } from './routes'

/** Options of {@link createProxy}. */
export interface ProxyOptions {
  /** The Mistral API key, or a function returning it (read per request, so a rotated key is picked up). */
  apiKey: string | (() => string | Promise<string>)
  /** Where requests go. Defaults to 'https://api.mistral.ai'. */
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

/**
 * A Worker- or server-side handler that lets a browser app use the Files and Batch API without ever
 * seeing the key. It forwards only the allowed routes (404 for unknown paths, 405 for a wrong method),
 * drops the caller's own `Authorization` and cookies, adds the key, and streams bodies both ways.
 */
export function createProxy(options: ProxyOptions): (request: Request) => Promise<Response> {
  const upstream = new URL(options.upstream ?? 'https://api.mistral.ai')
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

    const key = typeof options.apiKey === 'function' ? await options.apiKey() : options.apiKey
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
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: downstreamHeaders(response.headers),
    })
  }
}
