import { describe, expect, it } from 'vitest'
import { createProxy } from './index'
import { redactStream } from './redact'

const KEY = 'sk-echo-SECRET-0123456789abcdef'

/** A body that arrives in pieces of `size` bytes, so an echoed key is split across chunks. */
function trickle(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close()
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

async function everything(response: Response): Promise<string> {
  const headers: string[] = []
  response.headers.forEach((value, name) => {
    headers.push(`${name}: ${value}`)
  })
  return `${response.status} ${response.statusText}\n${headers.join('\n')}\n\n${await response.text()}`
}

function proxyAnswering(make: () => Response) {
  const fetch = (async () => make()) as unknown as typeof globalThis.fetch
  return createProxy({ apiKey: KEY, upstream: 'https://upstream.test', fetch })
}

describe('createProxy: an upstream that echoes the key', () => {
  it.each([
    ['a custom header', { 'x-echo-authorization': `Bearer ${KEY}` }],
    ['WWW-Authenticate', { 'www-authenticate': `Bearer realm="api", error="invalid_token" token="${KEY}"` }],
    [
      'Location, percent-encoded',
      { location: `https://upstream.test/login?key=${encodeURIComponent(`${KEY}/+=`)}` },
    ],
    ['a value echoing it twice', { 'x-request-id': 'r1', 'x-debug': `k=${KEY}; k2=${KEY}` }],
  ])('redacts it from %s', async (_, headers) => {
    const proxy = proxyAnswering(() => new Response('{}', { status: 401, headers }))
    const all = await everything(await proxy(new Request('http://demo.local/v1/files')))
    expect(all).not.toContain(KEY)
    expect(all).toContain('[redacted]')
  })

  it('redacts it from the status text', async () => {
    const proxy = proxyAnswering(
      () => new Response(null, { status: 403, statusText: `Forbidden for ${KEY}` }),
    )
    const response = await proxy(new Request('http://demo.local/v1/files'))
    expect(response.statusText).toBe('Forbidden for [redacted]')
  })

  it.each([
    [
      'a JSON error body',
      401,
      `{"object":"error","message":"Invalid key Bearer ${KEY}","type":"authentication_error"}`,
      1_000,
    ],
    [
      'a gateway HTML page, split every 3 bytes',
      502,
      `<html><pre>Authorization: Bearer ${KEY}</pre></html>`,
      3,
    ],
    ['a body split every byte, key twice', 500, `${KEY}${KEY} and ${KEY}`, 1],
    ['a 429 body with the key at the very end', 429, `rate limited: ${KEY}`, 7],
    ['a body with the key percent-encoded', 400, `bad url ?k=${encodeURIComponent(`${KEY}/`)}`, 5],
  ])('redacts it from %s', async (_, status, body, size) => {
    const proxy = proxyAnswering(() => new Response(trickle(body, size), { status }))
    const response = await proxy(new Request('http://demo.local/v1/files'))
    expect(response.status).toBe(status)
    const text = await response.text()
    expect(text).not.toContain(KEY)
    expect(text).toBe(body.split(KEY).join('[redacted]'))
  })

  it('streams 2xx bodies (file contents) through untouched', async () => {
    const content = `{"custom_id":"a","body":{"note":"${KEY}"}}\n`
    const proxy = proxyAnswering(() => new Response(trickle(content, 4)))
    const response = await proxy(new Request('http://demo.local/v1/files/abc/content'))
    expect(await response.text()).toBe(content)
  })
})

describe('redactStream', () => {
  it('keeps every byte that is not the secret, including near-misses and multibyte text', async () => {
    const text = `sk-echo-SECRET-012345678 ${KEY.slice(0, -1)}é 日本 ${KEY}!`
    for (const size of [1, 2, 5, 64]) {
      const out = await new Response(redactStream(trickle(text, size), [KEY])).text()
      expect(out).toBe(text.replace(KEY, '[redacted]').replace(`${KEY}!`, '[redacted]!'))
    }
  })
})

describe('createProxy: a key with URL-special characters', () => {
  it('redacts its percent-encoded echo in headers and non-2xx bodies too', async () => {
    const key = 'sk+live/AbC=='
    const encoded = encodeURIComponent(key)
    const fetch = (async () =>
      new Response(`{"detail":"no such key ${encoded}"}`, {
        status: 401,
        headers: { location: `https://upstream.test/?k=${encoded}`, 'x-raw': key },
      })) as unknown as typeof globalThis.fetch
    const proxy = createProxy({ apiKey: key, fetch })
    const all = await everything(await proxy(new Request('http://demo.local/v1/files')))
    expect(all).not.toContain(encoded)
    expect(all).not.toContain(key)
    expect(all.match(/\[redacted\]/g)).toHaveLength(3)
  })
})
