import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { createClient, isMistralBatchError } from '@mistral-batch/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countingFetch, json } from './helpers/counting-fetch'
import { type RunningEmulator, startEmulator } from './helpers/emulator-server'
import { rejection } from './helpers/expect-error'
import { SECRET_KEY } from './helpers/requests'

let server: RunningEmulator
beforeAll(async () => {
  server = await startEmulator({ apiKey: 'the-server-wants-another-key' })
})
afterAll(() => server.close())

/** Every way an error gets printed or shipped: none may hold the key, nor its Bearer header. */
function expectNoKey(error: unknown) {
  expect(isMistralBatchError(error)).toBe(true)
  const err = error as Error
  const renderings = [
    err.message,
    String(err),
    err.toString(),
    JSON.stringify(err),
    err.stack ?? '',
    inspect(err, { depth: 10, showHidden: true }), // what console.log(err) shows, cause chain included
    JSON.stringify(err.cause ?? null),
  ]
  for (const text of renderings) expect(text).not.toContain(SECRET_KEY)
}

/** A hostile or buggy server that echoes the request's Authorization back in every part of its answer. */
const echo = (status: number, shape: 'json' | 'html') => (request: Request) => {
  const auth = request.headers.get('authorization') ?? ''
  const body =
    shape === 'json'
      ? JSON.stringify({
          object: 'error',
          message: `bad key ${auth}`,
          type: 'authentication_error',
          param: auth,
          code: auth,
        })
      : `<html><body>Denied for ${auth}</body></html>`
  return new Response(body, { status })
}
const fakeClient = (
  respond: (r: Request) => Response | Promise<Response>,
  apiKey: string | (() => string) = SECRET_KEY,
) =>
  createClient({
    baseURL: 'http://api.test',
    apiKey,
    fetch: countingFetch(respond).fetch,
    retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 },
  })

describe('no error, string, JSON or stack carries the API key', () => {
  it('a real 401 from the emulator', async () => {
    const client = createClient({ baseURL: server.url, apiKey: SECRET_KEY })
    expectNoKey(await rejection(client.batch.jobs.list()))
    expectNoKey(await rejection(client.files.upload('{"custom_id":"a","body":{}}\n')))
  })

  it.each([
    ['a 401 JSON body echoing the header', echo(401, 'json')],
    ['a 500 HTML page echoing the header', echo(500, 'html')],
    [
      'a 422 detail echoing the header',
      (r: Request) =>
        json({ detail: [{ loc: ['header', r.headers.get('authorization')], msg: 'bad' }] }, 422),
    ],
    [
      'a 200 off-contract body echoing it (ResponseValidationError.data)',
      (r: Request) => json({ id: r.headers.get('authorization') }),
    ],
    ['a 200 non-JSON body echoing it', (r: Request) => new Response(`key=${r.headers.get('authorization')}`)],
  ])('%s', async (_, respond) => {
    expectNoKey(await rejection(fakeClient(respond).batch.jobs.get('j1')))
    expectNoKey(await rejection(fakeClient(respond, () => SECRET_KEY).files.get('f1')))
  })

  it('a refused connection (ConnectionError and its cause)', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const client = createClient({ baseURL: `http://127.0.0.1:${port}`, apiKey: SECRET_KEY, retry: false })
    expectNoKey(await rejection(client.batch.jobs.get('j1')))
  })

  it('a timeout (TimeoutError)', async () => {
    const hang = (r: Request) =>
      new Promise<Response>((_, reject) => r.signal.addEventListener('abort', () => reject(r.signal.reason)))
    const client = createClient({
      baseURL: 'http://api.test',
      apiKey: SECRET_KEY,
      fetch: countingFetch(hang).fetch,
      timeoutMs: 10,
      retry: false,
    })
    expectNoKey(await rejection(client.batch.jobs.get('j1')))
  })

  // ApiError.headers is printed by util.inspect(err): header values are redacted like the body.
  it('a 401 whose response header echoes the key (util.inspect shows ApiError.headers)', async () => {
    const respond = (r: Request) =>
      new Response('{}', {
        status: 401,
        headers: { 'www-authenticate': `echo ${r.headers.get('authorization')}` },
      })
    expectNoKey(await rejection(fakeClient(respond).batch.jobs.get('j1')))
  })

  it('a lost create whose lookup fails too (the failure thrown out of exactly-once)', async () => {
    const client = fakeClient((r) => (r.method === 'POST' ? echo(502, 'html')(r) : echo(500, 'json')(r)))
    expectNoKey(
      await rejection(
        client.batch.jobs.create({ endpoint: '/v1/ocr', requests: [{ custom_id: 'a', body: {} }] }),
      ),
    )
  })
})

describe('the key never goes anywhere but the base URL', () => {
  let other: Server
  let otherAuth: (string | undefined)[] = []
  let redirector: Server
  beforeAll(async () => {
    other = createServer((req, res) => {
      otherAuth.push(req.headers.authorization)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[],"object":"list","total":0}')
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const target = `http://localhost:${(other.address() as AddressInfo).port}`
    redirector = createServer((req, res) => res.writeHead(307, { location: `${target}${req.url}` }).end())
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => other.close(resolve))
    await new Promise((resolve) => redirector.close(resolve))
  })

  it('a redirect to another origin is followed without the Authorization header', async () => {
    otherAuth = []
    const base = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`
    const client = createClient({ baseURL: base, apiKey: SECRET_KEY })
    await client.batch.jobs.list()
    expect(otherAuth).toEqual([undefined])
  })

  it("a signed URL fetches the file's content with no Authorization at all", async () => {
    const keyed = await startEmulator({ apiKey: SECRET_KEY })
    try {
      const client = createClient({ baseURL: keyed.url, apiKey: SECRET_KEY })
      const content =
        '{"custom_id":"a","body":{"document":{"type":"document_url","document_url":"https://x"}}}\n'
      const file = await client.files.upload(content)
      const { url } = await client.files.signedUrl(file.id, { expiry: 1 })
      keyed.seen.length = 0
      const response = await fetch(url) // what a browser does with it: no header of ours
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(content)
      expect(keyed.seen).toHaveLength(1)
      expect(keyed.seen[0]?.authorization).toBeNull()
      expect(url).not.toContain(SECRET_KEY)
      // Tampering with the signature is refused: the URL, not a key, is the credential.
      expect((await fetch(url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBeGreaterThanOrEqual(400)
    } finally {
      await keyed.close()
    }
  })
})
