import { createClient } from '@mistral-batch/core'
import { createProxy } from '@mistral-batch/core/proxy'
import type { Server } from '@mistral-batch/emulator/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from './helpers/emulator-server'
import { chatRequests, SECRET_KEY } from './helpers/requests'
import { rawRequest, serveHandler, statusOf } from './helpers/serve-handler'

// createProxy in front of the real emulator server, which requires the key: the browser side holds none.
let upstream: RunningEmulator
let proxy: Server
beforeAll(async () => {
  upstream = await startEmulator({ apiKey: SECRET_KEY })
  proxy = await serveHandler(createProxy({ apiKey: SECRET_KEY, upstream: upstream.url }))
})
afterAll(async () => {
  await proxy.close()
  await upstream.close()
})
beforeEach(() => {
  upstream.seen.length = 0
})

describe('createProxy in front of the emulator', () => {
  it('runs a whole batch for a client that has no key, the key added upstream only', async () => {
    const client = createClient({ baseURL: proxy.url })
    const { job, results } = await client.batch.run(chatRequests('px', 20), {
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      inline: false,
      intervalMs: 10,
    })
    expect(job.status).toBe('SUCCESS')
    expect(results).toHaveLength(20)
    expect(new Set(upstream.seen.map((s) => s.authorization))).toEqual(new Set([`Bearer ${SECRET_KEY}`]))
  })

  it("drops the caller's own Authorization and cookies: upstream sees only the proxy's key", async () => {
    const response = await fetch(`${proxy.url}/v1/batch/jobs`, {
      headers: { authorization: 'Bearer attacker-key', cookie: 'session=abc', 'x-api-key': 'attacker' },
    })
    expect(response.status).toBe(200)
    expect(upstream.seen.map((s) => s.authorization)).toEqual([`Bearer ${SECRET_KEY}`])
  })

  it.each([
    ['GET', '/v1/models'],
    ['POST', '/v1/chat/completions'],
    ['POST', '/v1/fine_tuning/jobs'],
    ['GET', '/v1/agents'],
    ['POST', '/v1/embeddings'],
    ['GET', '/'],
    ['GET', '/v1'],
    ['GET', '/signed/files/abc'],
    ['GET', '/v1/batch/jobs/abc/outputs'],
    ['GET', '/v2/files'],
  ])('refuses the route %s %s with 404, and forwards nothing', async (method, path) => {
    const response = await fetch(`${proxy.url}${path}`, { method })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ object: 'error', message: 'Not found' })
    expect(upstream.seen).toEqual([])
  })

  it.each([
    ['PUT', '/v1/files'],
    ['PATCH', '/v1/batch/jobs/abc'],
    ['DELETE', '/v1/batch/jobs'],
    ['POST', '/v1/files/abc'],
    ['GET', '/v1/batch/jobs/abc/cancel'],
    ['POST', '/v1/files/abc/content'],
    ['DELETE', '/v1/files/abc/url'],
  ])(
    'refuses the method %s on %s with 405 and an Allow header, and forwards nothing',
    async (method, path) => {
      const response = await fetch(`${proxy.url}${path}`, { method })
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toMatch(/^(GET|POST|DELETE)(, (GET|POST|DELETE))*$/)
      expect(upstream.seen).toEqual([])
    },
  )

  it.each([
    'GET /v1/files/../models HTTP/1.1',
    'GET /v1/files/%2e%2e/models HTTP/1.1',
    'GET /v1/files/..%2fmodels HTTP/1.1',
    'GET /v1/files/..%252fmodels/content HTTP/1.1',
    'GET /v1/batch/jobs/..%2F..%2Fmodels HTTP/1.1',
    'GET /v1/files/%2E%2E%2F%2E%2E%2Fv1%2Fmodels HTTP/1.1',
    'GET /v1/batch/jobs/abc/../../../models HTTP/1.1',
    'GET /v1/files\\..\\..\\v1\\models HTTP/1.1',
    'GET http://evil.example/v1/models HTTP/1.1',
    'GET //evil.example/v1/models HTTP/1.1',
  ])('refuses the traversal or absolute form %s, and forwards nothing', async (line) => {
    const raw = await rawRequest(proxy.url, line)
    expect([400, 404, 405]).toContain(statusOf(raw))
    expect(upstream.seen).toEqual([])
  })

  it('an absolute-form request line for an allowed route goes to the upstream, never to the named host', async () => {
    const raw = await rawRequest(proxy.url, 'GET http://evil.example/v1/batch/jobs HTTP/1.1')
    expect(statusOf(raw)).toBe(200)
    expect(upstream.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /v1/batch/jobs'])
  })
})
