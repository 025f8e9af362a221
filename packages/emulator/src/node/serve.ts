import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEmulator, type Emulator } from '../emulator'
import { isEmulatedReset } from '../faults'
import { apiError } from '../http'
import type { EmulatorOptions } from '../options'
import { handleNodeRequest } from './adapter'
import { answerClientErrors } from './client-errors'
import { sendWebResponse } from './web-response'

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
  /** The emulator being served (made from the options when `serve` was given options). */
  emulator: Emulator
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

const isEmulator = (value: Emulator | EmulatorOptions): value is Emulator =>
  typeof (value as { fetch?: unknown }).fetch === 'function'

/**
 * Serves an emulator over node:http: pass one, or the options of `createEmulator` to make one (limits,
 * `failRate`, faults…). A reset fault destroys the socket: the client sees a dropped connection. No
 * request can stop the server: what Node or `Request` cannot parse is answered in JSON (400, 405, 431).
 */
export function serve(
  emulatorOrOptions: Emulator | EmulatorOptions = {},
  options: ServeOptions = {},
): Promise<Server> {
  const emulator = isEmulator(emulatorOrOptions) ? emulatorOrOptions : createEmulator(emulatorOrOptions)
  const host = options.host ?? '127.0.0.1'
  const handler = (request: Request) => emulator.fetch(request)
  // Host is checked by the adapter, which answers in JSON; Node's own check sends a bare 400.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    // A truncation fault errors the body mid-stream; the adapter then destroys the socket, so the
    // client sees a short body, as after a real cut.
    handleNodeRequest(handler, req, res, (error) => {
      if (isEmulatedReset(error) || res.headersSent) {
        req.socket.destroy()
        return
      }
      void sendWebResponse(res, apiError(500, 'Emulator error.', 'server_error'))
    })
  })
  answerClientErrors(server)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      const shown = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shown}:${port}`,
        emulator,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
