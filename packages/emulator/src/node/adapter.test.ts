// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { head, jsonOf, rawExchange } from '../../test/raw-http'
import { nodeMiddleware, type WebHandler } from './adapter'

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function listen(handler: WebHandler, prefixes = ['/v1/']): Promise<string> {
  const middleware = nodeMiddleware(handler, prefixes)
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 418
      res.end('not mine')
    }),
  )
  const listening = server
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`
}

describe('nodeMiddleware', () => {
  it('hands the Web handler the method, full URL, headers and body, and sends back its response', async () => {
    let seen: { method: string; url: string; type: string | null; body: string } | undefined
    const base = await listen(async (request) => {
      seen = {
        method: request.method,
        url: request.url,
        type: request.headers.get('content-type'),
        body: await request.text(),
      }
      return new Response('{"ok":true}', {
        status: 201,
        headers: { 'content-type': 'application/json', 'x-a': '1' },
      })
    })
    const response = await fetch(`${base}/v1/files?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-a')).toBe('1')
    expect(await response.json()).toEqual({ ok: true })
    expect(seen).toEqual({ method: 'POST', url: `${base}/v1/files?x=1`, type: 'text/plain', body: 'hello' })
  })

  it('streams a response body as it is produced, not when it ends', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const base = await listen(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode('first\n'))
          await gate
          controller.enqueue(new TextEncoder().encode('second\n'))
          controller.close()
        },
      })
      return new Response(body)
    })
    const response = await fetch(`${base}/v1/files/x/content`)
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('first\n')
    release()
    let rest = ''
    for (let r = await reader.read(); !r.done; r = await reader.read())
      rest += new TextDecoder().decode(r.value)
    expect(rest).toBe('second\n')
  })

  it('passes every other path on to the next middleware', async () => {
    const base = await listen(async () => new Response('api'), ['/v1/', '/signed/'])
    expect((await fetch(`${base}/index.html`)).status).toBe(418)
    expect(await (await fetch(`${base}/signed/files/a`)).text()).toBe('api')
  })

  it.each([
    ['a Host the URL parser rejects', 'GET /v1/files HTTP/1.1', { host: 'a b' }, 400],
    ['TRACE', 'TRACE /v1/files HTTP/1.1', {}, 405],
    ['TRACK (refused by the parser)', 'TRACK /v1/files HTTP/1.1', {}, 400],
  ])(
    'answers %s in JSON without reaching the handler, and keeps serving',
    async (_, line, headers, status) => {
      let calls = 0
      const base = await listen(async () => {
        calls++
        return new Response('{}')
      })
      const response = await rawExchange(base, [head(base, line, headers)])
      // TRACK never reaches the middleware: Node's own parser answers (a bare 400) before any app code.
      expect(response.status).toBe(status)
      if (status !== 400 || line.startsWith('GET'))
        expect(jsonOf(response)).toMatchObject({ object: 'error' })
      expect(calls).toBe(0)
      expect((await fetch(`${base}/v1/files`)).status).toBe(200)
    },
  )

  it('turns a response with an unsendable header into a JSON 500 instead of an unhandled rejection', async () => {
    const base = await listen(async () => new Response('x', { headers: { 'x-bad': 'a\u0007b' } }))
    const response = await fetch(`${base}/v1/files`)
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ object: 'error', type: 'server_error' })
  })
})
