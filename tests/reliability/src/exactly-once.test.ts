import { createClient } from '@mistral-batch/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type RunningEmulator, type Seen, startEmulator, type TargetedFault } from './helpers/emulator-server'
import { chatRequests } from './helpers/requests'

let server: RunningEmulator
beforeEach(async () => {
  server = await startEmulator()
})
afterEach(() => server.close())

// A short header timeout and a longer stall, so the timeout cases fire quickly and unambiguously.
const TIMEOUT_MS = 400
const STALL_MS = 1_500
const client = () =>
  createClient({
    baseURL: server.url,
    timeoutMs: TIMEOUT_MS,
    retry: { retries: 3, minDelayMs: 10, maxDelayMs: 50 },
  })
const isCreate = (s: Seen) => s.method === 'POST' && s.path === '/v1/batch/jobs'
const isUpload = (s: Seen) => s.method === 'POST' && s.path === '/v1/files'
const count = (match: (s: Seen) => boolean) => server.seen.filter(match).length

/** The lookup came after the first POST and, when there was a second POST, before it. */
function expectLookupBetweenPosts(lookupAt: number, isPost: (s: Seen) => boolean) {
  const posts = server.seen.flatMap((s, i) => (isPost(s) ? [i] : []))
  expect(lookupAt).toBeGreaterThan(posts[0]!)
  if (posts.length > 1) expect(lookupAt).toBeLessThan(posts[1]!)
}

/** Each lost-response or never-arrived case, and how many POSTs reach the handler before one object exists. */
const CASES: { fault: TargetedFault; what: string; posts: number }[] = [
  {
    fault: 'reset-after',
    what: 'the object was made and the connection dropped before the response',
    posts: 1,
  },
  { fault: 'slow-after', what: 'the object was made and the response came after the timeout', posts: 1 },
  { fault: 'reset-before', what: 'the connection dropped before the request was handled', posts: 2 },
  { fault: 'hang-then-reset', what: 'the request timed out and was never handled', posts: 2 },
]

describe('batch.jobs.create exactly-once, over the emulator server', () => {
  it.each(CASES)('makes exactly one job when $what ($fault)', async ({ fault, posts }) => {
    server.once(isCreate, fault, STALL_MS)
    const job = await client().batch.jobs.create({
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      requests: chatRequests('eo', 3),
    })
    const jobs = server.emulator.jobs()
    expect(jobs.map((j) => j.id)).toEqual([job.id])
    expect(count(isCreate)).toBe(posts)
    // Before any second POST the client looked its marker up: never a blind re-send.
    const lookup = server.seen.find((s) => s.method === 'GET' && s.path === '/v1/batch/jobs')
    const token = job.metadata?.mistral_batch_idempotency_key
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(new URLSearchParams(lookup?.search).get('mistral_batch_idempotency_key')).toBe(token)
    expectLookupBetweenPosts(server.seen.indexOf(lookup!), isCreate)
  })

  it('re-sends after a 429 without a lookup, once its Retry-After has passed', async () => {
    server.emulator.setFaults({ rateLimitRate: 1, retryAfterSeconds: 1 })
    const started = Date.now()
    const create = client().batch.jobs.create({
      endpoint: '/v1/ocr',
      requests: [{ custom_id: 'a', body: {} }],
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    server.emulator.setFaults({})
    await create
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(server.emulator.state.jobs).toBe(1)
    expect(count(isCreate)).toBe(2)
    // A 429 proves the server did not act, so no lookup is needed before re-sending.
    expect(count((s) => s.method === 'GET')).toBe(0)
  })
})

describe('files.upload exactly-once, over the emulator server', () => {
  it.each(CASES)('makes exactly one file when $what ($fault)', async ({ fault, posts }) => {
    server.once(isUpload, fault, STALL_MS)
    const file = await client().files.upload(chatRequests('up', 50))
    const uploads = server.emulator.files().filter((f) => f.source === 'upload')
    expect(uploads.map((f) => f.id)).toEqual([file.id])
    expect(count(isUpload)).toBe(posts)
    const lookup = server.seen.find((s) => s.method === 'GET' && s.path === '/v1/files')
    expect(new URLSearchParams(lookup?.search).get('search')).toBe(file.filename)
    expectLookupBetweenPosts(server.seen.indexOf(lookup!), isUpload)
    expect(file.filename).toMatch(/^batch-[0-9a-f]{32}\.jsonl$/)
  })

  it('batch.run with an upload makes one file and one job when both responses are lost', async () => {
    server.once(isUpload, 'reset-after')
    server.once(isCreate, 'reset-after')
    const { job, results } = await client().batch.run(chatRequests('run', 20), {
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      inline: false,
      intervalMs: 10,
    })
    expect(job.status).toBe('SUCCESS')
    expect(results.map((r) => r.custom_id).sort()).toEqual(
      chatRequests('run', 20)
        .map((r) => r.custom_id)
        .sort(),
    )
    expect(server.emulator.state).toMatchObject({ jobs: 1, uploads: 1 })
    expect(count(isUpload)).toBe(1)
    expect(count(isCreate)).toBe(1)
  })
})
