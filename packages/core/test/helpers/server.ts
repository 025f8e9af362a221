import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the server saw it, byte for byte. */
export interface Seen {
  method: string
  path: string
  query: URLSearchParams
  /** The raw query string, to pin exact serialisation (order, repeated keys). */
  search: string
  headers: IncomingMessage['headers']
  body: Buffer
}

/** Returns true when it has answered (or dropped) the request itself. */
export type Handler = (seen: Seen, res: ServerResponse, req?: IncomingMessage) => boolean | Promise<boolean>

/** A real HTTP server on 127.0.0.1, port 0, recording every request. */
export async function listen(handler: Handler) {
  const seen: Seen[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const entry: Seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      search: url.search,
      headers: req.headers,
      body: Buffer.concat(chunks),
    }
    seen.push(entry)
    try {
      if (!(await handler(entry, res, req))) send(res, 404, { detail: 'Not Found' })
    } catch (error) {
      send(res, 500, { object: 'error', message: String(error), type: 'server_error' })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Parses a recorded multipart body with the platform's own parser. */
export async function formOf(seen: Seen): Promise<FormData> {
  const headers = { 'content-type': String(seen.headers['content-type']) }
  return new Request('http://x', { method: 'POST', headers, body: new Uint8Array(seen.body) }).formData()
}
