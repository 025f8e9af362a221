import { connect } from 'node:net'
import type { Emulator } from '@mistral-batch/emulator'
import { type Server, serve } from '@mistral-batch/emulator/node'

/**
 * Serves any Web fetch handler (here: createProxy's) over node:http on 127.0.0.1, port 0, through the same
 * adapter as the emulator: serve() only ever calls `fetch`, so the other members are never reached.
 */
export function serveHandler(handler: (request: Request) => Promise<Response>): Promise<Server> {
  const unused = () => {
    throw new Error('not an emulator')
  }
  const adapter = { fetch: handler, jobs: unused, files: unused, setFaults: unused } as unknown as Emulator
  return serve(adapter, { port: 0, host: '127.0.0.1' })
}

/**
 * Sends one raw HTTP/1.1 request, byte for byte: fetch would normalise `..` and absolute forms before
 * sending, and these tests need the server to see them as an attacker would write them.
 */
export function rawRequest(
  url: string,
  requestLine: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const { hostname, port } = new URL(url)
  const head = [requestLine, `host: ${hostname}:${port}`, 'connection: close']
  for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`)
  return new Promise((resolve, reject) => {
    // write, not end: a half-closed socket makes node:http drop a response that is still being made.
    const socket = connect(Number(port), hostname, () => socket.write(`${head.join('\r\n')}\r\n\r\n`))
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      text += chunk
    })
    socket.on('end', () => resolve(text))
    socket.on('error', reject)
  })
}

/** The status code of a raw HTTP response. */
export const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1])
