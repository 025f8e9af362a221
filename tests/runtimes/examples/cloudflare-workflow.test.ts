import { createClient } from '@mistral-batch/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildExample,
  completed,
  readResults,
  requestsJsonl,
  startLoggedEmulator,
  startWorker,
  stateDir,
} from '../workflows/pipeline-harness'

// The example's happy paths in workerd (Miniflare's local Workflows engine, R2 on disk). The restart
// and the cancel are in ../workflows/pipeline-restart.test.ts.
let script: string
let emulator: Awaited<ReturnType<typeof startLoggedEmulator>>
const cleanup: (() => unknown)[] = []
beforeAll(async () => {
  script = await buildExample()
  emulator = await startLoggedEmulator()
  cleanup.push(() => emulator.close())
})
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})

function worker(bindings: Record<string, string>) {
  const state = stateDir()
  const started = startWorker(script, state.path, { POLL_INTERVAL_MS: '200', ...bindings })
  cleanup.push(state.remove, () => started.mf.dispose())
  return started
}

describe('examples/cloudflare-workflow', () => {
  it('runs a JSONL from R2 as a group: 25 requests at 10 a job give 3 jobs; every result once in R2, and a summary', async () => {
    const w = worker({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    const { text, ids } = requestsJsonl(25)
    await (await w.bucket()).put('inputs/happy.jsonl', text)
    const started = await w.call('POST', '/pipelines', {
      input: 'inputs/happy.jsonl',
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      max_requests_per_job: 10,
    })
    expect(started.status).toBe(202)
    const { id, group_id } = started.body as { id: string; group_id: string }
    expect(group_id).toBe(`pipeline-${id}`)

    const done = await completed(w, id)
    expect(done.status, JSON.stringify(done.error)).toBe('complete')
    const summary = done.output as { status: string; results: number; shards: { results: number }[] }
    expect(summary).toMatchObject({ group_id, status: 'SUCCESS', results: 25, succeeded: 25, failed: 0 })
    expect(summary.shards.map((s) => s.results)).toEqual([10, 10, 5])

    const stored = await readResults(await w.bucket(), group_id)
    expect(stored.lines.map((l) => l.custom_id).sort()).toEqual(ids)
    expect(stored.summary).toEqual(summary)

    const direct = createClient({ apiKey: 'test-key', baseURL: emulator.url })
    const group = await direct.batch.groups.get(group_id)
    expect(group.jobs.map((j) => [j.status, j.total_requests])).toEqual([
      ['SUCCESS', 10],
      ['SUCCESS', 10],
      ['SUCCESS', 5],
    ])
    const status = await w.call('GET', `/pipelines/${id}`)
    expect(status.body).toMatchObject({ id, status: 'complete', output: summary })
  })

  it('answers 400 for a bad body and 404 for an input that is not in the bucket, starting nothing', async () => {
    const w = worker({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    const before = emulator.log.length
    expect((await w.call('POST', '/pipelines', { input: 42 })).status).toBe(400)
    expect((await w.call('POST', '/pipelines', { input: 'x', endpoint: '/v1/nope' })).status).toBe(400)
    expect((await w.call('POST', '/pipelines', { input: 'x', group_id: 'a b' })).status).toBe(400)
    expect((await w.call('POST', '/pipelines', { input: 'inputs/missing.jsonl' })).status).toBe(404)
    expect(emulator.log.length).toBe(before)
  })

  it('without MISTRAL_API_KEY runs on an emulator inside the Worker', async () => {
    const w = worker({})
    const { text, ids } = requestsJsonl(12)
    await (await w.bucket()).put('inputs/local.jsonl', text)
    const before = emulator.log.length
    const started = await w.call('POST', '/pipelines', {
      input: 'inputs/local.jsonl',
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      max_requests_per_job: 5,
    })
    const { id, group_id } = started.body as { id: string; group_id: string }
    const done = await completed(w, id)
    expect(done.output).toMatchObject({ status: 'SUCCESS', results: 12 })
    const stored = await readResults(await w.bucket(), group_id)
    expect(stored.lines.map((l) => l.custom_id).sort()).toEqual(ids)
    expect(emulator.log.length).toBe(before)
  })
})
