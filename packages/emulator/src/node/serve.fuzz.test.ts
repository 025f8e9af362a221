// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { head, jsonOf, type RawResponse, rawExchange } from '../../test/raw-http'
import { mulberry32 } from '../random'
import { type Server, serve } from '.'

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
let server: Server
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  server = await serve({ seed: 5, startDelayMs: 0 }, { port: 0 })
})
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await server.close()
})

/** One hostile exchange: the bytes to send, and whether to half-close after them. */
interface Case {
  name: string
  pieces: (string | Uint8Array)[]
  end?: boolean
}

const random = mulberry32(20_261_129)
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256))
const multipart = (body: string) =>
  `--b\r\ncontent-disposition: form-data; name="file"; filename="x.jsonl"\r\n\r\n${body}`

function cases(url: string): Case[] {
  const h = (line: string, headers: Record<string, string | null> = {}) => head(url, line, headers)
  const upload = { 'content-type': 'multipart/form-data; boundary=b' }
  const chunked = { ...upload, 'transfer-encoding': 'chunked' }
  return [
    ...Array.from({ length: 20 }, (_, i) => ({
      name: `random bytes #${i}`,
      pieces: [bytes(1 + ((i * 37) % 400)), '\r\n\r\n'],
    })),
    ...Array.from({ length: 10 }, (_, i) => ({
      name: `random request target #${i}`,
      pieces: [
        `GET /v1/${Buffer.from(bytes(20)).toString('latin1').replace(/[\s]/g, 'x')} HTTP/1.1\r\nconnection: close\r\n\r\n`,
      ],
    })),
    { name: 'no request line', pieces: ['\r\n\r\n\r\n'], end: true },
    { name: 'HTTP/2 preface', pieces: ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'] },
    { name: 'unknown version', pieces: [h('GET /v1/files HTTP/9.9')] },
    { name: 'NUL in the target', pieces: [h('GET /v1/\u0000files HTTP/1.1')] },
    { name: 'header without a colon', pieces: ['GET /v1/files HTTP/1.1\r\nbroken header\r\n\r\n'] },
    { name: 'a 100 KB header', pieces: [h('GET /v1/files HTTP/1.1', { 'x-big': 'a'.repeat(100_000) })] },
    {
      name: '2,000 headers',
      pieces: [
        h(
          'GET /v1/files HTTP/1.1',
          Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`x-h${i}`, 'v'])),
        ),
      ],
    },
    { name: 'bad method BREW', pieces: [h('BREW /v1/files HTTP/1.1')] },
    { name: 'bad method with a slash', pieces: [h('G/ET /v1/files HTTP/1.1')] },
    { name: 'TRACE', pieces: [h('TRACE /v1/files HTTP/1.1')] },
    { name: 'CONNECT', pieces: [h('CONNECT 127.0.0.1:22 HTTP/1.1')] },
    {
      name: 'truncated upload (Content-Length)',
      pieces: [h('POST /v1/files HTTP/1.1', { ...upload, 'content-length': '10000' }), multipart('{"a":1}')],
      end: true,
    },
    {
      name: 'truncated job create',
      pieces: [h('POST /v1/batch/jobs HTTP/1.1', { 'content-length': '500' }), '{"endpoint":'],
      end: true,
    },
    {
      name: 'truncated chunked upload',
      pieces: [h('POST /v1/files HTTP/1.1', chunked), '400\r\n', multipart('x')],
      end: true,
    },
    {
      name: 'chunk size not hex',
      pieces: [h('POST /v1/files HTTP/1.1', chunked), 'zz\r\nhello\r\n0\r\n\r\n'],
    },
    {
      name: 'chunk size overflow',
      pieces: [h('POST /v1/files HTTP/1.1', chunked), 'fffffffffffffffffffff\r\nx\r\n0\r\n\r\n'],
    },
    { name: 'chunk missing CRLF', pieces: [h('POST /v1/files HTTP/1.1', chunked), '5\r\nhelloXX0\r\n\r\n'] },
    {
      name: 'negative chunk size',
      pieces: [
        h('POST /v1/batch/jobs HTTP/1.1', { 'transfer-encoding': 'chunked' }),
        '-5\r\nhello\r\n0\r\n\r\n',
      ],
    },
    {
      name: 'Content-Length and chunked together',
      pieces: [
        h('POST /v1/batch/jobs HTTP/1.1', { 'transfer-encoding': 'chunked', 'content-length': '3' }),
        '0\r\n\r\n',
      ],
    },
    {
      name: 'two Content-Lengths',
      pieces: [h('POST /v1/batch/jobs HTTP/1.1', { 'content-length': '2', 'Content-Length': '5' }), '{}'],
    },
    {
      name: 'non-numeric Content-Length',
      pieces: [h('POST /v1/batch/jobs HTTP/1.1', { 'content-length': 'abc' }), '{}'],
    },
    { name: 'bad Host', pieces: [h('GET /v1/files HTTP/1.1', { host: 'a b' })] },
    { name: 'missing Host', pieces: [h('GET /v1/files HTTP/1.1', { host: null })] },
    {
      name: 'invalid JSON job',
      pieces: [h('POST /v1/batch/jobs HTTP/1.1', { 'content-length': '5' }), '{"a":'],
    },
    {
      name: 'malformed multipart',
      pieces: [h('POST /v1/files HTTP/1.1', { ...upload, 'content-length': '9' }), '--b\r\nxx\r\n'],
    },
    { name: 'bad percent-encoding', pieces: [h('GET /v1/files/%E0%A4%A HTTP/1.1')] },
    { name: 'slow headers, then nothing', pieces: ['GET /v1/files HTTP/1.1\r\n', 'x-a: 1\r\n'], end: true },
  ]
}

describe('serve under hostile input (bounded, loopback only)', () => {
  it('answers every hostile request or closes its connection, and keeps serving', async () => {
    const outcomes: { name: string; status: number }[] = []
    for (const c of cases(server.url)) {
      const response: RawResponse = await rawExchange(server.url, c.pieces, {
        end: c.end ?? false,
        timeoutMs: 3_000,
      }).catch((error: Error) => {
        throw new Error(`${c.name}: ${error.message}`)
      })
      outcomes.push({ name: c.name, status: response.status })
      // Never a 500, never a hang: an answer in the 2xx–4xx range, or a closed connection (status 0).
      expect(response.status === 0 || (response.status >= 200 && response.status < 500), c.name).toBe(true)
      if (response.status >= 400) expect(response.headers['content-type'], c.name).toBe('application/json')
    }
    const answered = outcomes.filter((o) => o.status > 0).length
    console.info(
      `fuzz: ${outcomes.length} hostile requests, ${answered} answered with a status, the rest closed`,
    )
    expect(outcomes.length).toBeGreaterThan(50)
    const ok = await rawExchange(server.url, [head(server.url, 'GET /v1/batch/jobs HTTP/1.1')])
    expect(ok.status).toBe(200)
    expect(jsonOf(ok)).toEqual({ data: [], object: 'list', total: 0 })
    expect(unhandled).toEqual([])
  }, 60_000)
})
