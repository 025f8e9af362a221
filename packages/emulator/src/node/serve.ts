import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Emulator } from '../emulator'
import { isEmulatedReset } from '../faults'
import { sendWebResponse, toWebRequest } from './adapter'

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

/** Serves an emulator over node:http. A reset fault destroys the socket: the client sees a dropped connection. */
export function serve(emulator: Emulator, options: ServeOptions = {}): Promise<Server> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    emulator.fetch(toWebRequest(req, res)).then(
      // A truncation fault errors the body mid-stream; the adapter then destroys the socket, so the
      // client sees a short body, as after a real cut.
      (response) => sendWebResponse(res, response),
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
