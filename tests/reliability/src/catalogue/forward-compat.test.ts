import { createClient, isTerminalStatus } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { countingFetch, json } from '../helpers/counting-fetch'

// The server may grow new statuses and fields before this client knows them: keep them, never crash.
const job = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 'j1',
  object: 'batch',
  endpoint: '/v1/chat/completions',
  status,
  created_at: 1,
  total_requests: 2,
  completed_requests: 1,
  succeeded_requests: 1,
  failed_requests: 0,
  ...extra,
})
const setup = (respond: (r: Request) => Response) => {
  const { fetch, calls } = countingFetch(respond)
  return { client: createClient({ baseURL: 'http://api.test', fetch, retry: false }), calls }
}

describe('forward compatibility', () => {
  it('an unknown future status is kept as a string and is not terminal', async () => {
    const { client } = setup(() => json(job('PAUSED_FOR_MAINTENANCE')))
    const got = await client.batch.jobs.get('j1')
    expect(got.status).toBe('PAUSED_FOR_MAINTENANCE')
    expect(isTerminalStatus(got.status)).toBe(false)
  })

  it('wait keeps polling through an unknown status until a terminal one', async () => {
    const statuses = ['VALIDATING_V2', 'PAUSED_FOR_MAINTENANCE', 'SUCCESS']
    const { client, calls } = setup(() => json(job(statuses[Math.min(calls.length - 1, 2)]!)))
    const seen: string[] = []
    const done = await client.batch.jobs.wait('j1', { intervalMs: 1, onUpdate: (j) => seen.push(j.status) })
    expect(done.status).toBe('SUCCESS')
    expect(seen).toEqual(statuses)
  })

  it('unknown future fields on a job, a file and a result line do not crash and leave the known ones intact', async () => {
    const { client } = setup((request) => {
      const path = new URL(request.url).pathname
      if (path === '/v1/batch/jobs/j1')
        return json(job('SUCCESS', { output_file: 'o', priority: 'high', cost: { usd: 1 } }))
      if (path === '/v1/files/o/content') {
        const line = {
          id: 'l',
          custom_id: 'a',
          response: { status_code: 200, body: {}, latency_ms: 3 },
          error: null,
          shard: 7,
        }
        return new Response(`${JSON.stringify(line)}\n`)
      }
      return json({
        data: [
          {
            id: 'f',
            object: 'file',
            bytes: 1,
            created_at: 1,
            filename: 'x',
            purpose: 'distill',
            sample_type: 'future',
            source: 'synthetic',
            region: 'eu',
          },
        ],
        object: 'list',
        total: 1,
      })
    })
    const got = await client.batch.jobs.get('j1')
    expect(got).toMatchObject({ id: 'j1', status: 'SUCCESS', output_file: 'o', total_requests: 2 })
    const results = []
    for await (const r of client.batch.results(got)) results.push(r)
    expect(results).toEqual([
      { custom_id: 'a', ok: true, response: expect.objectContaining({ status_code: 200 }), id: 'l' },
    ])
    const files = await client.files.list()
    expect(files.data[0]).toMatchObject({ id: 'f', purpose: 'distill', source: 'synthetic' })
  })
})
