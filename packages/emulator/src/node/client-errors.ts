import { type IncomingMessage, type Server, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

function rawJson(status: number, message: string): string {
  const body = JSON.stringify({
    object: 'error',
    message,
    type: 'invalid_request_error',
    param: null,
    code: null,
  })
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ]
  return `${head.join('\r\n')}\r\n\r\n${body}`
}

// llhttp error codes (and Node's own) mapped to the status a client can act on.
const STATUS_OF: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
}

// A well-formed request line (RFC 9112 §3) whose method llhttp does not know is a 405; garbage is a 400.
const REQUEST_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \S+ HTTP\/\d\.\d\r?\n/

function statusOf(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): number {
  if (error.code === 'HPE_INVALID_METHOD') {
    return REQUEST_LINE.test(error.rawPacket?.toString('latin1') ?? '') ? 405 : 400
  }
  return STATUS_OF[error.code ?? ''] ?? 400
}

/**
 * Answers, in JSON, what Node's parser rejects before any handler runs (a garbage request line, an
 * unknown method, oversized headers, bad chunked framing) and CONNECT, which has no handler: Node's
 * defaults are a bare 400 or a silently closed socket.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy()
      return
    }
    const status = statusOf(error)
    socket.end(rawJson(status, `The request could not be parsed (${error.code ?? 'bad request'}).`))
  })
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => {})
    socket.end(rawJson(405, 'The method "CONNECT" is not supported.'))
  })
}
