import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../src/client'
import { isInputValidationError } from '../src/errors'
import { INLINE_MAX_REQUESTS } from '../src/run/inline'
import { startMockApi } from './helpers/mock-api'

let server: Awaited<ReturnType<typeof startMockApi>>
beforeEach(async () => {
  server = await startMockApi()
})
afterEach(() => server.close())

const client = () => createClient({ baseURL: server.url, apiKey: 'k' })
const chat = (i: number) => ({
  custom_id: `c${i}`,
  body: { messages: [{ role: 'user', content: `hi ${i}` }] },
})
const posts = () => server.seen.filter((s) => s.method === 'POST').map((s) => s.path)

describe('batch.run', () => {
  it('sends a small batch inline, waits, and returns every result', async () => {
    const onUpdate = vi.fn()
    const { job, results } = await client().batch.run([chat(0), chat(1)], {
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      metadata: { run: 'a' },
      intervalMs: 1,
      onUpdate,
    })
    expect(job.status).toBe('SUCCESS')
    expect(results.map((r) => [r.custom_id, r.ok])).toEqual([
      ['c0', true],
      ['c1', true],
    ])
    expect(posts()).toEqual(['/v1/batch/jobs'])
    expect(onUpdate).toHaveBeenCalled()
  })

  it(`uploads a JSONL file beyond ${INLINE_MAX_REQUESTS} requests (from an async generator)`, async () => {
    async function* many() {
      for (let i = 0; i < INLINE_MAX_REQUESTS + 1; i++) yield chat(i)
    }
    const { results } = await client().batch.run(many(), { endpoint: '/v1/chat/completions', intervalMs: 1 })
    expect(results).toHaveLength(INLINE_MAX_REQUESTS + 1)
    expect(new Set(results.map((r) => r.custom_id)).size).toBe(INLINE_MAX_REQUESTS + 1)
    expect(posts()).toEqual(['/v1/files', '/v1/batch/jobs'])
  })

  it('uploads when inline: false', async () => {
    await client().batch.run([chat(0)], { endpoint: '/v1/chat/completions', inline: false, intervalMs: 1 })
    expect(posts()).toEqual(['/v1/files', '/v1/batch/jobs'])
  })

  it.each([true, false])(
    'with validate, rejects invalid input and sends nothing (inline: %s)',
    async (inline) => {
      const bad = [chat(0), { custom_id: 'c0', body: { messages: 'nope' } }]
      const error = await client()
        .batch.run(bad, { endpoint: '/v1/chat/completions', validate: true, inline })
        .catch((e: unknown) => e)
      expect(isInputValidationError(error)).toBe(true)
      expect(server.seen).toHaveLength(0)
    },
  )
})
