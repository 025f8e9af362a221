// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { head, jsonOf, rawExchange } from '../../test/raw-http'
import { type Server, serve } from '.'

let server: Server | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const LIMIT = 100_000
const SLACK = 64 * 1024
const PIECE = 16 * 1024

function uploadPieces(url: string, total: number, framing: 'chunked' | 'length') {
  const boundary = 'lim'
  const preamble = `--${boundary}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.jsonl"\r\n\r\n`
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` }
  if (framing === 'chunked') headers['transfer-encoding'] = 'chunked'
  else headers['content-length'] = String(preamble.length + total)
  const frame = (data: string) =>
    framing === 'chunked' ? `${data.length.toString(16)}\r\n${data}\r\n` : data
  const line = `${'{"custom_id":"x","body":{}}'.padEnd(PIECE - 1, ' ')}\n`
  const pieces = [head(url, 'POST /v1/files HTTP/1.1', headers), frame(preamble)]
  for (let sent = 0; sent < total; sent += PIECE) pieces.push(frame(line))
  return pieces
}

describe('serve: upload limits enforced while the body streams', () => {
  it.each([
    ['a chunked upload of 10 MB', 'chunked' as const, 10 * 1024 * 1024],
    ['a chunked upload just over the limit', 'chunked' as const, LIMIT + SLACK + 2 * PIECE],
    ['an upload whose Content-Length is over the limit', 'length' as const, 10 * 1024 * 1024],
  ])(
    'stops reading %s at the limit and answers 413',
    async (_, framing, total) => {
      server = await serve({ maxFileBytes: LIMIT }, { port: 0 })
      const pieces = uploadPieces(server.url, total, framing)
      const response = await rawExchange(server.url, pieces, { gapMs: 2, timeoutMs: 10_000 })
      expect(response.status).toBe(413)
      expect(jsonOf(response)).toMatchObject({ object: 'error', code: 'file_too_large', param: 'file' })
      // The answer came while the client was still sending: the server did not wait for the whole body.
      expect(response.sent).toBeLessThan(Math.min(total, LIMIT + SLACK + 40 * PIECE))
      // The unread rest cannot be skipped safely, so the connection ends with the 413.
      expect(response.headers.connection).toBe('close')
      expect(server.emulator.state.files).toBe(0)
    },
    20_000,
  )

  it('accepts a chunked upload under the limit, byte for byte', async () => {
    server = await serve({ maxFileBytes: LIMIT }, { port: 0 })
    const pieces = uploadPieces(server.url, 4 * PIECE, 'chunked')
    const closing = '\r\n--lim--\r\n'
    pieces.push(`${closing.length.toString(16)}\r\n${closing}\r\n`, '0\r\n\r\n')
    const response = await rawExchange(server.url, pieces)
    expect(response.status).toBe(200)
    expect(jsonOf(response)).toMatchObject({ bytes: 4 * PIECE, filename: 'big.jsonl', num_lines: 4 })
  })
})
