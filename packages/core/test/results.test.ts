import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import type { BatchResult } from '../src/results/result'
import { startMockApi } from './helpers/mock-api'
import type { Seen } from './helpers/server'

let server: Awaited<ReturnType<typeof startMockApi>>
beforeEach(async () => {
  server = await startMockApi()
})
afterEach(() => server.close())

const client = () =>
  createClient({ baseURL: server.url, retry: { retries: 2, minDelayMs: 5, maxDelayMs: 10 } })
async function all(iterable: AsyncIterable<BatchResult>) {
  const out: BatchResult[] = []
  for await (const r of iterable) out.push(r)
  return out
}
const requests = Array.from({ length: 50 }, (_, i) => ({
  custom_id: `r${i}`,
  body: { i, fail: i % 10 === 3 },
}))

async function finishedFileJob() {
  const c = client()
  const file = await c.files.upload(requests)
  const job = await c.batch.jobs.create({ endpoint: '/v1/chat/completions', input_files: [file.id] })
  return { c, job: await c.batch.jobs.wait(job.id, { intervalMs: 1 }) }
}

describe('batch.results', () => {
  it('yields the output file then the error file, typed, with ok', async () => {
    const { c, job } = await finishedFileJob()
    const results = await all(c.batch.results(job))
    expect(results).toHaveLength(50)
    const failed = results.filter((r) => !r.ok).map((r) => r.custom_id)
    expect(failed).toEqual(['r3', 'r13', 'r23', 'r33', 'r43'])
    expect(results.slice(-5).every((r) => !r.ok && r.response?.status_code === 400)).toBe(true)
    expect(results[0]).toEqual({
      custom_id: 'r0',
      ok: true,
      id: 'batch-0',
      response: { status_code: 200, body: { echo: { i: 0, fail: false } } },
    })
  })

  it('accepts a job id and reads the inline outputs of an inline job', async () => {
    const c = client()
    const created = await c.batch.jobs.create({ endpoint: '/v1/embeddings', requests: requests.slice(0, 4) })
    await c.batch.jobs.wait(created.id, { intervalMs: 1 })
    const results = await all(c.batch.results(created.id))
    expect(results.map((r) => [r.custom_id, r.ok])).toEqual([
      ['r0', true],
      ['r1', true],
      ['r2', true],
      ['r3', false],
    ])
    expect(server.seen.filter((s) => s.path.endsWith(created.id)).at(-1)?.search).toBe('?inline=true')
  })

  it('resumes a download cut mid-stream with a Range request, yielding each line once', async () => {
    const { c, job } = await finishedFileJob()
    const isContent = (s: Seen) => s.path === `/v1/files/${job.output_file}/content`
    server.api.once(isContent, (_seen, res) => {
      const content = server.api.files.get(job.output_file!)!.content
      res.writeHead(200, { 'content-length': String(content.length) })
      res.write(content.subarray(0, Math.floor(content.length / 2)))
      setTimeout(() => res.socket?.destroy(), 20)
      return true
    })
    const results = await all(c.batch.results(job))
    expect(results.map((r) => r.custom_id)).toEqual(
      requests
        .filter((r) => !r.body.fail)
        .map((r) => r.custom_id)
        .concat(['r3', 'r13', 'r23', 'r33', 'r43']),
    )
    const ranges = server.seen.filter(isContent).map((s) => s.headers.range)
    expect(ranges).toHaveLength(2)
    expect(ranges[0]).toBeUndefined()
    expect(ranges[1]).toMatch(/^bytes=\d+-$/)
  })
})
