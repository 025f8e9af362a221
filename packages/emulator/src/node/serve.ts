import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { Emulator } from '../emulator'
import { isEmulatedReset } from '../faults'

/** Options of `serve`. */
export interface ServeOptions {
  /** The TCP port; 0 picks a free one. Defaults to 0. */
  port?: number
  /** The interface to listen on. Defaults to '127.0.0.1' (loopback only). */
  host?: string
}

/** A running server. */
export interface Server {
  /** Base URL, e.g. `http://127.0.0.1:4010`: point any client's base URL here. */
  url: string
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

function toRequest(req: IncomingMessage, base: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const init: RequestInit & { duplex?: 'half' } = { method, headers }
  if (hasBody) {
    // Streamed, not buffered: a 512 MB upload goes straight into `formData()`.
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>
    init.duplex = 'half'
  }
  return new Request(new URL(req.url ?? '/', base), init)
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      // Respect backpressure so a 1 GB download is not buffered in the socket.
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve))
    }
    res.end()
  } catch {
    // A truncation fault (or a client gone): cut the connection so the client sees a short body.
    res.destroy()
  }
}

/** Serves an emulator over node:http. A reset fault destroys the socket: the client sees a dropped connection. */
export function serve(emulator: Emulator, options: ServeOptions = {}): Promise<Server> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host ?? host}`
    emulator.fetch(toRequest(req, base)).then(
      (response) => send(response, res),
      (error: unknown) => {
        if (isEmulatedReset(error)) {
          req.socket.destroy()
          return
        }
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(error instanceof Error ? error.message : 'Internal error')
      },
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      const shown = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
