// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiBackend } from './api-handler.ts'

let upstream: Server | undefined
afterEach(() => new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve())))

describe('createApiBackend', () => {
  it('runs the emulator when no key is set, serving /v1 and its signed URLs', async () => {
    const backend = createApiBackend({ DEMO_EMULATOR_RPS: '50', DEMO_EMULATOR_START_DELAY_MS: '0' })
    expect(backend.mode).toBe('emulator')
    expect(backend.prefixes).toEqual(['/v1/', '/signed/'])
    expect(backend.describe).toMatch(/50 requests\/s/)
    const response = await backend.handler(new Request('http://demo.local/v1/batch/jobs'))
    expect(await response.json()).toMatchObject({ data: [], total: 0 })
  })

  it('proxies to the upstream with the key when MISTRAL_API_KEY is set, dropping the browser’s own Authorization', async () => {
    let seen: { url?: string | undefined; headers?: IncomingHttpHeaders } = {}
    upstream = createServer((req, res) => {
      seen = { url: req.url, headers: req.headers }
      res.setHeader('content-type', 'application/json')
      res.end('{"data":[],"object":"list","total":0}')
    })
    await new Promise<void>((resolve) => upstream?.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    const backend = createApiBackend({ MISTRAL_API_KEY: 'sk-server-side', MISTRAL_BASE_URL: url })
    expect(backend.mode).toBe('mistral')
    expect(backend.describe).not.toContain('sk-server-side')
    const response = await backend.handler(
      new Request('http://demo.local/v1/batch/jobs?page=0', {
        headers: { authorization: 'Bearer from-browser' },
      }),
    )
    expect(response.status).toBe(200)
    expect(seen.url).toBe('/v1/batch/jobs?page=0')
    expect(seen.headers?.authorization).toBe('Bearer sk-server-side')
    const refused = await backend.handler(
      new Request('http://demo.local/v1/chat/completions', { method: 'POST' }),
    )
    expect(refused.status).toBe(404)
  })

  it('sets the emulator’s job limit and fail rate from the environment (defaults 1_000 and 5 %), the real limit in proxy mode', async () => {
    expect(createApiBackend({}).maxRequestsPerJob).toBe(1_000)
    expect(createApiBackend({}).describe).toMatch(/5% of lines fail, 1000 requests per job/)
    expect(createApiBackend({ MISTRAL_API_KEY: 'k' }).maxRequestsPerJob).toBe(100_000)
    const backend = createApiBackend({ DEMO_MAX_REQUESTS_PER_JOB: '2', DEMO_FAIL_RATE: '1' })
    expect(backend.maxRequestsPerJob).toBe(2)
    const call = (path: string, init?: RequestInit) =>
      backend.handler(new Request(`http://demo.local${path}`, init))
    const line = (id: string) => `{"custom_id":"${id}","body":{"messages":[{"role":"user","content":"x"}]}}\n`
    const form = new FormData()
    form.set('purpose', 'batch')
    form.set('file', new File([line('a') + line('b') + line('c')], 'three.jsonl'))
    const file = (await (await call('/v1/files', { method: 'POST', body: form })).json()) as { id: string }
    const create = await call('/v1/batch/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input_files: [file.id], endpoint: '/v1/chat/completions', model: 'm' }),
    })
    expect(create.status).toBe(400)
    expect(await create.json()).toMatchObject({ code: 'too_many_requests' })
  })

  it('treats a blank key as no key', () => {
    expect(createApiBackend({ MISTRAL_API_KEY: '  ' }).mode).toBe('emulator')
  })
})
