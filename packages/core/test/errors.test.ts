import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import { type ApiError, isApiError, isConnectionError } from '../src/errors'
import { listen } from './helpers/server'

const KEY = 'sk-never-leak-me'
let server: Awaited<ReturnType<typeof listen>>

/** The server answers with the status and (base64) body the test asks for in x-status / x-body. */
beforeAll(async () => {
  server = await listen((seen, res) => {
    const body = Buffer.from(String(seen.headers['x-body'] ?? ''), 'base64').toString()
    res.writeHead(Number(seen.headers['x-status']), {
      'content-type': 'text/plain',
      'x-request-id': 'req-42',
      // A server that echoes the Authorization it received, as some gateways do in www-authenticate.
      'www-authenticate': `Bearer realm="api", token="${String(seen.headers.authorization)}"`,
    })
    res.end(body.replace('$AUTH', String(seen.headers.authorization)))
    return true
  })
})
afterAll(() => server.close())

async function failWith(status: number, body: string): Promise<ApiError> {
  const headers = { 'x-status': String(status), 'x-body': Buffer.from(body).toString('base64') }
  const client = createClient({ apiKey: KEY, baseURL: server.url, retry: false })
  const error = await client.batch.jobs.get('job-1', { headers }).catch((e: unknown) => e)
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('ApiError over a real server', () => {
  it.each([
    [404, '{"detail":"Batch job not found"}', 'Batch job not found', {}],
    [
      400,
      '{"object":"Error","message":"Input too large","type":"invalid_request_error","code":3051}',
      'Input too large',
      { code: 3051, type: 'invalid_request_error' },
    ],
    [
      401,
      '{"object":"error","message":"Unauthorized","type":"authentication_error","param":null,"code":"1000"}',
      'Unauthorized',
      { code: '1000', type: 'authentication_error' },
    ],
    [
      422,
      '{"detail":[{"loc":["query","page"],"msg":"bad int","type":"int_parsing"}]}',
      'query.page: bad int',
      {},
    ],
    [
      502,
      '<html><title>502 Bad Gateway</title></html>',
      '502 Bad Gateway',
      { body: '<html><title>502 Bad Gateway</title></html>' },
    ],
  ])('parses a %i body', async (status, body, message, fields) => {
    const error = await failWith(status, body)
    expect(error).toMatchObject({ status, method: 'GET', request_id: 'req-42', ...fields })
    expect(error.message).toMatch(new RegExp(`^\\[GET\\] "${server.url}/v1/batch/jobs/job-1": ${status} `))
    expect(error.message).toContain(message)
  })

  it('redacts the key even when the server echoes it back', async () => {
    const error = await failWith(401, 'bad key in $AUTH')
    const everything = [
      error.message,
      String(error),
      error.stack,
      JSON.stringify(error),
      JSON.stringify(error.body),
    ].join('\n')
    expect(everything).not.toContain(KEY)
    expect(everything).toContain('Bearer [redacted]')
  })

  it('redacts the key echoed in a response header: error.headers and util.inspect are clean', async () => {
    for (const status of [401, 403, 500]) {
      const error = await failWith(status, '{"detail":"no"}')
      expect(error.headers.get('www-authenticate')).toBe('Bearer realm="api", token="Bearer [redacted]"')
      const printed = inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true })
      expect(printed).toContain('[redacted]')
      expect([...error.headers].join() + printed).not.toContain(KEY)
    }
  })
})

describe('ConnectionError', () => {
  it('carries the cause when nothing listens on the port', async () => {
    const dead = await listen(() => false)
    await dead.close()
    const error = await createClient({ baseURL: dead.url, apiKey: KEY, retry: false })
      .files.get('f')
      .catch((e: unknown) => e)
    expect(isConnectionError(error)).toBe(true)
    expect((error as Error).cause).toBeDefined()
    expect(String(error)).not.toContain(KEY)
  })
})
