import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** A Web fetch handler: the emulator's `fetch`, or what `createProxy` returns. */
export type WebHandler = (request: Request) => Promise<Response>

// Hop-by-hop headers (RFC 9110 §7.6.1) describe this one connection, not the message, so they never
// cross into the Web Request; `host` is carried by the URL instead.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'expect'])

/** Builds a Web `Request` from a Node request, streaming its body (never buffered). */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`
  // Connect's mount points rewrite `req.url`; `originalUrl` keeps what the browser asked for.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
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
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>
    init.duplex = 'half' // required by fetch to send a streamed body
  }
  return new Request(new URL(path, origin), init)
}

/** Writes a Web `Response` to a Node response, streaming the body with backpressure. */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  if (response.statusText) res.statusMessage = response.statusText
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue
    res.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
  } catch {
    // The client left, or the upstream body failed mid-stream: pipeline has already destroyed both ends,
    // which is how a truncated download shows to the browser. Nothing more to send.
  }
}

/**
 * A Connect middleware serving `handler` for every path under one of `prefixes` (e.g. '/v1/'), and
 * passing anything else on to Vite.
 */
export function nodeMiddleware(handler: WebHandler, prefixes: readonly string[]) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
    if (!prefixes.some((prefix) => path.startsWith(prefix))) {
      next()
      return
    }
    handler(toWebRequest(req, res))
      .then((response) => sendWebResponse(res, response))
      .catch((error: unknown) => {
        if (res.headersSent) res.destroy()
        else next(error)
      })
  }
}
