import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

/** A Web fetch handler: an emulator's `fetch`, `createProxy`'s handler, or any `(Request) => Response`. */
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

/**
 * Writes a Web `Response` to a Node response, streaming the body with backpressure. The status and
 * headers go out first (writeHead), so a body that fails at once still reaches the client as a short
 * body after a 200, which is how a download cut mid-file looks on the wire.
 */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, response.statusText || undefined, headers)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  // The client went away: stop pulling from the handler (e.g. a proxied download).
  res.once('close', () => {
    if (!res.writableFinished) reader.cancel().catch(() => {})
  })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      // Respect backpressure, so a 1 GB download is never buffered in the socket.
      // 'close' too: a client gone mid-wait never drains, and the cancelled reader then ends the loop.
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve)
          res.once('close', resolve)
        })
      }
    }
    res.end()
  } catch {
    // The body failed mid-stream (a truncation fault, an upstream cut): cut the connection so the client
    // sees a short body rather than a clean end.
    res.destroy()
  }
}

/**
 * A Node/Connect/Express middleware serving `handler` for every path under one of `prefixes` (e.g.
 * '/v1/'), and passing anything else on: how the demo mounts the emulator (or a proxy) inside Vite's own
 * server, and how you can mount it in yours.
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
