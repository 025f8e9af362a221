// The README's "Interceptors" snippets are copied verbatim from this file (tests/runtimes/docs checks it).
// They sit at the top level, as a user would write them; each test below drives one with a fake fetch,
// installed as globalThis.fetch (the client looks it up at call time).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeFetch, fakeFetch, job, json } from '../../test/helpers/fake-fetch'
import { createClient } from '../client'

const apiKey = 'sk-examples'
const refreshToken = vi.fn(async () => `token-${refreshToken.mock.calls.length}`)

// Logging with timings: one line per attempt, retries included.
const started = new WeakMap<object, number>()
const logged = createClient({
  apiKey,
  onRequest: ({ options }) => {
    started.set(options, performance.now())
  },
  onResponse: ({ request, options, response }) => {
    const ms = Math.round(performance.now() - (started.get(options) ?? 0))
    console.log(`${options.method} ${request} → ${response.status} in ${ms} ms`)
  },
})

// Tracing: a W3C traceparent on every attempt.
const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('')
const traced = createClient({
  apiKey,
  onRequest: ({ options }) => {
    options.headers.set('traceparent', `00-${hex(16)}-${hex(8)}-01`)
  },
})

// Auth refresh: a short-lived token for your own proxy's sessions, fetched again after a 401.
let token: string | undefined
const refreshed = createClient({
  baseURL: 'https://my-app.example/api',
  onRequest: async ({ options }) => {
    token ??= await refreshToken()
    options.headers.set('authorization', `Bearer ${token}`)
  },
  onResponseError: ({ response }) => {
    if (response.status === 401) token = undefined
  },
})

// Metrics: answers by status, and attempts that got no answer (network, timeout, abort).
const metrics = { byStatus: new Map<number, number>(), failed: 0 }
const measured = createClient({
  apiKey,
  onResponse: ({ response }) => {
    metrics.byStatus.set(response.status, (metrics.byStatus.get(response.status) ?? 0) + 1)
  },
  onRequestError: () => {
    metrics.failed++
  },
})

let fake: FakeFetch
const use = (...steps: Parameters<typeof fakeFetch>) => {
  fake = fakeFetch(...steps)
  vi.spyOn(globalThis, 'fetch').mockImplementation(fake.fetch)
}
beforeEach(() => use(json(job())))
afterEach(() => vi.restoreAllMocks())

describe('README interceptor examples', () => {
  it('logs each attempt with its timing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    use(json({}, 503), json(job()))
    await logged.batch.jobs.get('job-1', { retry: { minDelayMs: 1 } })
    const url = 'https://api.mistral.ai/v1/batch/jobs/job-1'
    expect(log.mock.calls.map(([line]) => String(line).replace(/\d+ ms$/, 'N ms'))).toEqual([
      `GET ${url} → 503 in N ms`,
      `GET ${url} → 200 in N ms`,
    ])
  })

  it('adds a tracing header', async () => {
    await traced.batch.jobs.get('job-1')
    expect(fake.calls[0]?.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)
  })

  it('refreshes a short-lived token after a 401', async () => {
    use(json(job()), json({ detail: 'expired' }, 401), json(job()))
    await refreshed.batch.jobs.get('job-1')
    await expect(refreshed.batch.jobs.get('job-1')).rejects.toMatchObject({ status: 401 })
    await refreshed.batch.jobs.get('job-1')
    expect(fake.calls.map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ])
  })

  it('counts answers and failures', async () => {
    use(new TypeError('fetch failed'), json(job()), json(job()))
    await measured.batch.jobs.get('job-1', { retry: { minDelayMs: 1 } })
    await measured.batch.jobs.get('job-1')
    expect([...metrics.byStatus]).toEqual([[200, 2]])
    expect(metrics.failed).toBe(1)
  })
})
