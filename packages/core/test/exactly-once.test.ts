import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import { startMockApi } from './helpers/mock-api'
import type { Seen } from './helpers/server'

let server: Awaited<ReturnType<typeof startMockApi>>
beforeEach(async () => {
  server = await startMockApi()
})
afterEach(() => server.close())

const client = () =>
  createClient({ baseURL: server.url, retry: { retries: 2, minDelayMs: 5, maxDelayMs: 10 } })
const isCreate = (s: Seen) => s.method === 'POST' && s.path === '/v1/batch/jobs'
const isUpload = (s: Seen) => s.method === 'POST' && s.path === '/v1/files'
const count = (match: (s: Seen) => boolean) => server.seen.filter(match).length
const params = { endpoint: '/v1/ocr' as const, requests: [{ custom_id: '1', body: {} }] }

describe('batch.jobs.create exactly-once', () => {
  it('finds the job instead of creating a duplicate when the response is lost', async () => {
    server.api.once(isCreate, server.api.loseResponse)
    const job = await client().batch.jobs.create(params)
    expect(server.api.jobs.size).toBe(1)
    expect(job.id).toBe([...server.api.jobs.keys()][0])
    expect(count(isCreate)).toBe(1)
    const lookup = server.seen.find((s) => s.method === 'GET' && s.path === '/v1/batch/jobs')!
    expect(lookup.query.get('mistral_batch_idempotency_key')).toBe(
      job.metadata?.mistral_batch_idempotency_key,
    )
    expect(lookup.query.get('created_after')).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/)
  })

  it('sends again when the request never reached the server', async () => {
    server.api.once(isCreate, server.api.dropRequest)
    await client().batch.jobs.create(params)
    expect(server.api.jobs.size).toBe(1)
    expect(count(isCreate)).toBe(2)
  })

  it('verifies the lookup client-side when the server ignores the metadata filter', async () => {
    await client().batch.jobs.create(params) // another recent job, from someone else
    const strip = (s: Seen) => {
      s.query.delete('mistral_batch_idempotency_key') // a server that does not filter on metadata
      return false
    }
    server.api.faults.push(strip)
    server.api.once(isCreate, server.api.dropRequest)
    await client().batch.jobs.create(params)
    expect(server.api.jobs.size).toBe(2)
  })

  it('re-sends after a 503 (the server did not act) without a lookup', async () => {
    server.api.once(isCreate, (_s, res) => {
      res.writeHead(503).end('busy')
      return true
    })
    await client().batch.jobs.create(params)
    expect(count(isCreate)).toBe(2)
    expect(count((s) => s.method === 'GET')).toBe(0)
  })

  it('throws when retries are off, never re-sending blindly', async () => {
    server.api.once(isCreate, server.api.loseResponse)
    const c = createClient({ baseURL: server.url, retry: false })
    await expect(c.batch.jobs.create(params)).rejects.toMatchObject({ name: 'ConnectionError' })
    expect(count(isCreate)).toBe(1)
  })
})

describe('files.upload exactly-once', () => {
  it('finds the file by its unique name instead of uploading twice when the response is lost', async () => {
    server.api.once(isUpload, server.api.loseResponse)
    const file = await client().files.upload('{"custom_id":"1","body":{}}\n')
    expect(server.api.files.size).toBe(1)
    expect(count(isUpload)).toBe(1)
    const lookup = server.seen.find((s) => s.method === 'GET' && s.path === '/v1/files')!
    expect([lookup.query.get('search'), lookup.query.get('purpose')]).toEqual([file.filename, 'batch'])
  })

  it('uploads again when the request never reached the server', async () => {
    server.api.once(isUpload, server.api.dropRequest)
    const file = await client().files.upload([{ custom_id: '1', body: {} }])
    expect(server.api.files.size).toBe(1)
    expect(count(isUpload)).toBe(2)
    expect(file.filename).toMatch(/\.jsonl$/)
  })

  it('returns its own file by name when the server ignores search and a same-size file came just before', async () => {
    const line = '{"custom_id":"1","body":{}}\n'
    // Someone else's upload, just before ours: same size, same purpose, as recent.
    const other = server.api.addFile('someone-else.jsonl', line)
    server.api.faults.push((seen) => {
      seen.query.delete('search') // a server that does not filter on the name
      return false
    })
    server.api.once(isUpload, server.api.loseResponse)
    const file = await client().files.upload(line, { file_name: 'mine-7c1.jsonl' })
    expect(file.filename).toBe('mine-7c1.jsonl')
    expect(file.id).not.toBe(other.id)
    expect(file.bytes).toBe(other.bytes)
    expect(count(isUpload)).toBe(1)
    expect(server.api.files.size).toBe(2)
  })
})
