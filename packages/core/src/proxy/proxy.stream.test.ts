import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createProxy } from './index'

// A real upstream on loopback, so the proxy's streaming is proven with the runtime's own fetch.
let server: Server | undefined
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

function listen(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void) {
  const created = createServer(handler)
  server = created
  return new Promise<string>((resolve) => {
    created.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(created.address() as AddressInfo).port}`),
    )
  })
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

describe('createProxy over loopback', () => {
  it('streams a download before the upstream has finished sending it', async () => {
    const secondChunkMayGo = deferred()
    const upstream = await listen(async (req, res) => {
      expect(req.headers.authorization).toBe('Bearer k')
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.write('line-1\n')
      await secondChunkMayGo.promise
      res.end('line-2\n')
    })
    const proxy = createProxy({ apiKey: 'k', upstream })
    const res = await proxy(new Request('http://demo.local/v1/files/abc/content'))
    const reader = res.body!.getReader()
    const first = await reader.read()
    // The upstream is still holding line 2, so this chunk can only have come through as a stream.
    expect(new TextDecoder().decode(first.value)).toBe('line-1\n')
    secondChunkMayGo.resolve()
    let rest = ''
    for (let r = await reader.read(); !r.done; r = await reader.read())
      rest += new TextDecoder().decode(r.value)
    expect(rest).toBe('line-2\n')
  })

  it('streams an upload to the upstream before the caller has finished sending it', async () => {
    const firstChunkArrived = deferred()
    const upstream = await listen((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString()
        if (body.includes('part-1')) firstChunkArrived.resolve()
      })
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ received: body, type: req.headers['content-type'] }))
      })
    })
    let controller!: ReadableStreamDefaultController<Uint8Array>
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c
      },
    })
    controller.enqueue(new TextEncoder().encode('part-1;'))
    const proxy = createProxy({ apiKey: 'k', upstream })
    const request = new Request('http://demo.local/v1/files', {
      method: 'POST',
      body,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit)
    const pending = proxy(request)
    // The upstream sees part 1 while the caller's stream is still open.
    await firstChunkArrived.promise
    controller.enqueue(new TextEncoder().encode('part-2'))
    controller.close()
    const res = await pending
    expect(await res.json()).toEqual({ received: 'part-1;part-2', type: 'multipart/form-data; boundary=x' })
  })

  it('never hands the browser a key the real upstream echoes, in headers or a trickled error body', async () => {
    const key = 'sk-loopback-ECHO-9f8e7d6c5b4a'
    const upstream = await listen((req, res) => {
      const auth = String(req.headers.authorization)
      res.writeHead(401, `Bad ${auth}`, {
        'content-type': 'application/json',
        'x-echo': auth,
        'www-authenticate': `Bearer error="invalid_token", token="${auth.slice(7)}"`,
      })
      // One byte at a time, so the key is split across every possible chunk boundary.
      const body = JSON.stringify({ message: `Invalid ${auth}`, echoed: auth.slice(7) })
      let at = 0
      const next = () => (at < body.length ? res.write(body[at++], () => setImmediate(next)) : res.end())
      next()
    })
    const proxy = createProxy({ apiKey: key, upstream })
    const res = await proxy(new Request('http://demo.local/v1/batch/jobs'))
    expect(res.status).toBe(401)
    const headers: string[] = []
    res.headers.forEach((value, name) => {
      headers.push(`${name}: ${value}`)
    })
    const everything = `${res.statusText}\n${headers.join('\n')}\n${await res.text()}`
    expect(everything).not.toContain(key)
    expect(everything.match(/\[redacted\]/g)?.length).toBe(5)
  })
})
