import { connect } from 'node:net'

/** The first response read off a raw socket; `status` 0 when none came before the socket ended. */
export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
  /** The connection ended (FIN or reset) by the time the response was read. */
  ended: boolean
  /** Bytes of the request written before the response was complete. */
  sent: number
}

function parseHead(head: string): { status: number; headers: Record<string, string> } {
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers }
}

/** Decodes a complete chunked body, or undefined while it is still incomplete. */
function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at)
    if (lineEnd < 0) return undefined
    const size = Number.parseInt(data.subarray(at, lineEnd).toString(), 16)
    if (size === 0) return Buffer.concat(parts)
    if (data.length < lineEnd + 2 + size + 2) return undefined
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}

/** The response in `data` once it is complete (by Content-Length or chunked framing), else undefined. */
function complete(data: Buffer, ended: boolean): Omit<RawResponse, 'sent'> | undefined {
  const headEnd = data.indexOf('\r\n\r\n')
  if (headEnd < 0) return ended ? { status: 0, headers: {}, body: data, ended } : undefined
  const { status, headers } = parseHead(data.subarray(0, headEnd).toString('latin1'))
  const rest = data.subarray(headEnd + 4)
  if (headers['transfer-encoding'] === 'chunked') {
    const body = dechunk(rest)
    return body || ended ? { status, headers, body: body ?? rest, ended } : undefined
  }
  const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length'])
  if (length !== undefined && rest.length >= length)
    return { status, headers, body: rest.subarray(0, length), ended }
  return ended ? { status, headers, body: rest, ended } : undefined
}

/**
 * Writes `pieces` byte for byte to a fresh loopback connection (fetch would fix what these tests break)
 * and resolves with the first response, as soon as it is complete or the connection ends. Write errors
 * (the server closed first) are expected in some tests and ignored. `end` half-closes after the last
 * piece; `gapMs` waits between pieces.
 */
export function rawExchange(
  url: string,
  pieces: readonly (string | Uint8Array)[],
  { gapMs = 0, timeoutMs = 5_000, end = false }: { gapMs?: number; timeoutMs?: number; end?: boolean } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    let data = Buffer.alloc(0)
    let done = false
    let sent = 0
    const finish = (ended: boolean) => {
      const response = complete(data, ended)
      if (!response || done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ ...response, sent })
    }
    const timer = setTimeout(() => {
      socket.destroy()
      if (!done) reject(new Error(`no complete response within ${timeoutMs} ms: ${data.toString('latin1')}`))
    }, timeoutMs)
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk])
      finish(false)
    })
    socket.on('error', () => finish(true))
    socket.on('close', () => finish(true))
    socket.on('connect', async () => {
      for (const piece of pieces) {
        if (done || socket.destroyed) return
        socket.write(piece, () => {})
        sent += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs))
      }
      // A client that stops mid-request (a truncated body) half-closes its side.
      if (end && !socket.destroyed) socket.end()
    })
  })
}

/**
 * A complete HTTP/1.1 request head for the server at `url`; `host` and `connection: close` are added
 * unless given (a header given as null is left out).
 */
export function head(url: string, requestLine: string, headers: Record<string, string | null> = {}): string {
  const all = { host: new URL(url).host, connection: 'close', ...headers }
  const lines = Object.entries(all)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}: ${value}`)
  return `${[requestLine, ...lines].join('\r\n')}\r\n\r\n`
}

/** The parsed JSON body of a raw response. */
export const jsonOf = (response: RawResponse): unknown => JSON.parse(response.body.toString('utf8'))
