// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { head, jsonOf, rawExchange } from '../../test/raw-http'
import { type Server, serve } from '.'

// Any rejection nobody handles is the crash this file is about, whichever test caused it.
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
beforeAll(() => process.on('unhandledRejection', onUnhandled))
afterAll(() => process.off('unhandledRejection', onUnhandled))

let server: Server
beforeAll(async () => {
  server = await serve({ seed: 3, startDelayMs: 0, requestsPerSecond: 1000 }, { port: 0 })
})
afterAll(() => server.close())
afterEach(async () => {
  // The server is still up and answering normally after each hostile request.
  const ok = await rawExchange(server.url, [head(server.url, 'GET /v1/batch/jobs HTTP/1.1')])
  expect(ok.status).toBe(200)
  expect(jsonOf(ok)).toEqual({ data: [], object: 'list', total: 0 })
  expect(unhandled).toEqual([])
})

const errorShape = { object: 'error', type: 'invalid_request_error' }

describe('serve: a Host header the URL parser rejects', () => {
  it.each(['exa mple.com', '[::1', 'x:99999', '%', 'a<b', 'host:port:extra', null])(
    'answers Host %j with a JSON 400',
    async (host) => {
      const response = await rawExchange(server.url, [head(server.url, 'GET /v1/files HTTP/1.1', { host })])
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toBe('application/json')
      expect(jsonOf(response)).toMatchObject({ ...errorShape, param: 'host' })
    },
  )
})

describe('serve: methods that Request or Node do not support', () => {
  it.each(['TRACE', 'TRACK', 'CONNECT', 'FOO', 'get', 'M-SEARCH2'])(
    'answers %s with a JSON 405',
    async (method) => {
      const target = method === 'CONNECT' ? '127.0.0.1:1' : '/v1/files'
      const response = await rawExchange(server.url, [head(server.url, `${method} ${target} HTTP/1.1`)])
      expect(response.status).toBe(405)
      expect(response.headers['content-type']).toBe('application/json')
      expect(jsonOf(response)).toMatchObject(errorShape)
    },
  )

  it.each(['PUT', 'PATCH', 'PROPFIND'])(
    'answers %s on a known path with the router’s JSON 405',
    async (method) => {
      const response = await rawExchange(server.url, [head(server.url, `${method} /v1/files HTTP/1.1`)])
      expect(response.status).toBe(405)
      expect(jsonOf(response)).toEqual({ detail: 'Method Not Allowed' })
    },
  )
})

describe('serve: request lines that are not HTTP', () => {
  it.each(['G\u00c9T /v1/files HTTP/1.1', '\u0000\u0001\u0002 / HTTP/1.1', 'GET', '{"json": true}'])(
    'answers %j with a JSON 400',
    async (line) => {
      const response = await rawExchange(server.url, [`${line}\r\nhost: x\r\n\r\n`])
      expect(response.status).toBe(400)
      expect(jsonOf(response)).toMatchObject(errorShape)
    },
  )
})

describe('serve: malformed percent-encoding in a path id', () => {
  it.each([
    ['/v1/files/%zz', 'file_id'],
    ['/v1/files/%E0%A4%A/content', 'file_id'],
    ['/v1/files/%/url', 'file_id'],
    ['/v1/batch/jobs/%C0%AF', 'job_id'],
    ['/v1/batch/jobs/abc%FF/cancel', 'job_id'],
    ['/signed/files/%%41?se=1&sig=x', 'file_id'],
  ])('answers %s with a JSON 422 naming %s', async (path, param) => {
    const method = path.endsWith('/cancel') ? 'POST' : 'GET'
    const response = await rawExchange(server.url, [head(server.url, `${method} ${path} HTTP/1.1`)])
    expect(response.status).toBe(422)
    expect(response.headers['content-type']).toBe('application/json')
    expect(jsonOf(response)).toMatchObject({ detail: [{ type: 'uuid_parsing', loc: ['path', param] }] })
  })
})

describe('serve: a response that fails while being written', () => {
  it.each([
    ['a control character', 'a\u0001b'],
    ['an escape', 'x\u001b[31m'],
    ['DEL', 'x\u007f'],
  ])('turns a header with %s into a JSON 500, never an unhandled rejection', async (_, value) => {
    const emulator = server.emulator
    const broken = await serve(
      {
        fetch: async () => new Response('body', { headers: { 'x-broken': value } }),
      } as unknown as typeof emulator,
      { port: 0 },
    )
    try {
      const response = await rawExchange(broken.url, [head(broken.url, 'GET /v1/files HTTP/1.1')])
      expect(response.status).toBe(500)
      expect(jsonOf(response)).toMatchObject({ object: 'error', type: 'server_error' })
      expect(response.headers['x-broken']).toBeUndefined()
    } finally {
      await broken.close()
    }
  })
})

describe('serve: a handler that throws', () => {
  it.each([
    ['an Error', () => new Error('boom at /secret/path')],
    ['a string', () => 'boom'],
    ['undefined', () => undefined],
  ])('answers a JSON 500 for %s, without its message', async (_, make) => {
    const emulator = server.emulator
    const failing = await serve(
      {
        fetch: async () => {
          throw make()
        },
      } as unknown as typeof emulator,
      { port: 0 },
    )
    try {
      const response = await rawExchange(failing.url, [head(failing.url, 'GET /v1/files HTTP/1.1')])
      expect(response.status).toBe(500)
      expect(response.headers['content-type']).toBe('application/json')
      expect(jsonOf(response)).toMatchObject({ object: 'error', type: 'server_error' })
      expect(response.body.toString()).not.toContain('secret')
    } finally {
      await failing.close()
    }
  })
})
