import type { IncomingMessage, ServerResponse } from 'node:http'
import { apiError } from '../http'
import { requestBody } from './request-body'

// Hop-by-hop headers (RFC 9110 §7.6.1) describe this one connection, not the message, so they never
// cross into the Web Request; `host` is carried by the URL instead.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'expect'])

/** A Node request that has no Web `Request` form; `response` is the JSON answer to send instead. */
export class UnusableRequest extends Error {
  readonly response: Response
  constructor(response: Response, message: string) {
    super(message)
    this.name = 'UnusableRequest'
    this.response = response
  }
}

function badRequest(message: string, param: string): UnusableRequest {
  return new UnusableRequest(apiError(400, message, 'invalid_request_error', { param }), message)
}

function requestUrl(req: IncomingMessage): URL {
  // Connect's mount points rewrite `req.url`; `originalUrl` keeps what the browser asked for.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  // HTTP/1.1 requires Host (RFC 9112 §3.2); HTTP/1.0 clients may omit it.
  if (req.headers.host === undefined && req.httpVersion !== '1.0')
    throw badRequest('The Host header is required.', 'host')
  try {
    return new URL(path, `http://${req.headers.host ?? '127.0.0.1'}`)
  } catch {
    throw badRequest('The Host header or the request target is not a valid URL.', 'host')
  }
}

/**
 * Builds a Web `Request` from a Node request, streaming its body (never buffered). Throws
 * `UnusableRequest` (carrying a 400 or 405 JSON answer) for what `Request` cannot represent: a `Host`
 * the URL parser rejects, or a method such as TRACE that fetch forbids.
 */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const url = requestUrl(req)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  // The browser going away (tab closed, fetch aborted) aborts the handler's work, e.g. a proxied download.
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const method = req.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal }
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = requestBody(req)
    init.duplex = 'half' // required by fetch to send a streamed body
  }
  try {
    return new Request(url, init)
  } catch {
    const message = `The method ${JSON.stringify(method)} is not supported.`
    const allow = { allow: 'GET, POST, DELETE, OPTIONS' }
    const response = apiError(405, message, 'invalid_request_error', { param: 'method', headers: allow })
    throw new UnusableRequest(response, message)
  }
}
