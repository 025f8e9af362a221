import { describe, expect, it, vi } from 'vitest'
import { createProxy } from './index'

const KEY = 'sk-proxy-secret-0123456789'

function recordingFetch(response: () => Response = () => Response.json({ ok: true })) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return response()
  })
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch }
}

const ID = '6f1e7c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6'

describe('createProxy', () => {
  it.each([
    ['POST', '/v1/files'],
    ['GET', '/v1/files?page=1&purpose=batch'],
    ['GET', `/v1/files/${ID}`],
    ['DELETE', `/v1/files/${ID}`],
    ['GET', `/v1/files/${ID}/content`],
    ['GET', `/v1/files/${ID}/url?expiry=2`],
    ['GET', '/v1/batch/jobs?status=RUNNING&status=QUEUED'],
    ['POST', '/v1/batch/jobs'],
    ['GET', `/v1/batch/jobs/${ID}?inline=true`],
    ['DELETE', `/v1/batch/jobs/${ID}`],
    ['POST', `/v1/batch/jobs/${ID}/cancel`],
  ])('forwards %s %s upstream with the key', async (method, path) => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({ apiKey: KEY, upstream: 'https://upstream.test', fetch })
    const body = method === 'POST' ? '{}' : null
    const res = await proxy(new Request(`http://demo.local${path}`, { method, body }))
    expect(res.status).toBe(200)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe(`https://upstream.test${path}`)
    expect(calls[0]?.init.method).toBe(method)
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe(`Bearer ${KEY}`)
  })

  it.each([
    ['GET', '/'],
    ['GET', '/v1/models'],
    ['POST', '/v1/chat/completions'],
    ['GET', '/v1/fine_tuning/jobs'],
    ['GET', `/v1/files/${ID}/content/extra`],
    ['GET', '/v1/files/../models'],
    ['GET', '/v1/files/%2e%2e/models'],
    ['GET', '/v1/batch/jobs/..%2f..%2fmodels'],
    ['GET', '/v1/files/a%2Fb'],
    ['GET', '/v1/files/a.b'],
    ['GET', '//evil.example/v1/files'],
    ['GET', '/v1//files'],
  ])('refuses %s %s with 404 and sends nothing', async (method, path) => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({ apiKey: KEY, upstream: 'https://upstream.test', fetch })
    const res = await proxy(new Request(`http://demo.local${path}`, { method }))
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ object: 'error', message: 'Not found' })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['PUT', '/v1/files', 'GET, POST'],
    ['PATCH', `/v1/batch/jobs/${ID}`, 'DELETE, GET'],
    ['GET', `/v1/batch/jobs/${ID}/cancel`, 'POST'],
    ['DELETE', '/v1/batch/jobs', 'GET, POST'],
  ])('refuses %s %s with 405 and an Allow header', async (method, path, allow) => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({ apiKey: KEY, fetch })
    const res = await proxy(new Request(`http://demo.local${path}`, { method }))
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(calls).toHaveLength(0)
  })

  it("drops the caller's Authorization, cookies and forwarding headers, keeping content headers", async () => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({ apiKey: KEY, fetch })
    await proxy(
      new Request('http://demo.local/v1/batch/jobs', {
        method: 'POST',
        body: '{}',
        headers: {
          authorization: 'Bearer attacker-key',
          cookie: 'session=1',
          'x-forwarded-host': 'evil.example',
          'content-type': 'application/json',
          range: 'bytes=10-',
        },
      }),
    )
    const sent = new Headers(calls[0]?.init.headers)
    expect(sent.get('authorization')).toBe(`Bearer ${KEY}`)
    expect(sent.get('cookie')).toBeNull()
    expect(sent.get('x-forwarded-host')).toBeNull()
    expect(sent.get('content-type')).toBe('application/json')
    expect(sent.get('range')).toBe('bytes=10-')
    expect(calls[0]?.url.startsWith('https://api.mistral.ai/')).toBe(true)
  })

  it('never lets the request URL choose the upstream host', async () => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({ apiKey: KEY, upstream: 'https://upstream.test/', fetch })
    await proxy(new Request('http://demo.local/v1/files?next=https://evil.example/v1/files'))
    expect(new URL(calls[0]?.url ?? '').host).toBe('upstream.test')
  })

  it('reads a key function per request', async () => {
    const { calls, fetch } = recordingFetch()
    let n = 0
    const proxy = createProxy({ apiKey: async () => `key-${++n}`, fetch })
    await proxy(new Request('http://demo.local/v1/files'))
    await proxy(new Request('http://demo.local/v1/files'))
    expect(calls.map((c) => new Headers(c.init.headers).get('authorization'))).toEqual([
      'Bearer key-1',
      'Bearer key-2',
    ])
  })

  it('strips a basePath before matching, and 404s outside it', async () => {
    const { calls, fetch } = recordingFetch()
    const proxy = createProxy({
      apiKey: KEY,
      upstream: 'https://upstream.test',
      basePath: '/api/mistral/',
      fetch,
    })
    expect((await proxy(new Request('http://demo.local/api/mistral/v1/files'))).status).toBe(200)
    expect(calls[0]?.url).toBe('https://upstream.test/v1/files')
    expect((await proxy(new Request('http://demo.local/v1/files'))).status).toBe(404)
    expect((await proxy(new Request('http://demo.local/api/mistralx/v1/files'))).status).toBe(404)
  })

  it('answers 502 without the key or the cause when the upstream is unreachable', async () => {
    const fetch = (async () => {
      throw new TypeError(`fetch failed for Bearer ${KEY}`)
    }) as unknown as typeof globalThis.fetch
    const proxy = createProxy({ apiKey: KEY, fetch })
    const res = await proxy(new Request('http://demo.local/v1/files'))
    expect(res.status).toBe(502)
    expect(await res.text()).not.toContain(KEY)
  })

  it('passes upstream statuses and error bodies through, minus hop-by-hop headers', async () => {
    const { fetch } = recordingFetch(
      () =>
        new Response('{"detail":"nope"}', {
          status: 422,
          headers: { 'content-type': 'application/json', 'set-cookie': 'a=b', 'x-request-id': 'r1' },
        }),
    )
    const proxy = createProxy({ apiKey: KEY, fetch })
    const res = await proxy(new Request('http://demo.local/v1/batch/jobs', { method: 'POST', body: '{}' }))
    expect(res.status).toBe(422)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.headers.get('x-request-id')).toBe('r1')
    expect(await res.json()).toEqual({ detail: 'nope' })
  })
})
