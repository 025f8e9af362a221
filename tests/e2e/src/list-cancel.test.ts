import { describe, expect, it } from 'vitest'
import { chat, collect, FAST, requests, start } from './harness'

describe('listing end to end', () => {
  it('filters jobs by metadata, model and status, and pages through them', async () => {
    const { client } = await start({ startDelayMs: 60_000 })
    const make = (team: string, model: string) =>
      client.batch.jobs.create({
        endpoint: '/v1/chat/completions',
        model,
        requests: [chat('x')],
        metadata: { team },
      })
    const jobs = []
    for (const [team, model] of [
      ['red', 'small'],
      ['blue', 'small'],
      ['red', 'large'],
      ['red', 'small'],
      ['blue', 'large'],
    ] as const) {
      jobs.push(await make(team, model))
    }
    const red = await client.batch.jobs.list({ metadata: { team: 'red' } })
    expect(red.total).toBe(3)
    expect(red.data.map((j) => j.id)).toEqual([jobs[3]?.id, jobs[2]?.id, jobs[0]?.id])
    expect((await client.batch.jobs.list({ model: 'large' })).total).toBe(2)
    expect((await client.batch.jobs.list({ status: ['QUEUED'] })).total).toBe(5)
    expect((await client.batch.jobs.list({ status: 'SUCCESS' })).total).toBe(0)
    const page = await client.batch.jobs.list({ page_size: 2, order_by: 'created' })
    expect(page.data.map((j) => j.id)).toEqual([jobs[0]?.id, jobs[1]?.id])
    const all = await collect(client.batch.jobs.list({ page_size: 2 }))
    expect(all.map((j) => j.id)).toEqual(jobs.map((j) => j.id).reverse())
  })

  it('filters files by purpose and search, and pages through them', async () => {
    const { client } = await start()
    for (const name of ['alpha.jsonl', 'beta.jsonl', 'alphabet.jsonl'])
      await client.files.upload('{}\n', { file_name: name })
    await client.files.upload('{}\n', { file_name: 'tune.jsonl', purpose: 'fine-tune' })
    const alpha = await client.files.list({ search: 'alpha' })
    expect(alpha.data.map((f) => f.filename)).toEqual(['alphabet.jsonl', 'alpha.jsonl'])
    expect((await client.files.list({ purpose: 'fine-tune' })).data.map((f) => f.filename)).toEqual([
      'tune.jsonl',
    ])
    expect(await collect(client.files.list({ page_size: 1 }))).toHaveLength(4)
  })
})

describe('cancel end to end', () => {
  it('cancels a running job and keeps its partial results', async () => {
    const { client } = await start({ requestsPerSecond: 50, startDelayMs: 0, cancelDelayMs: 50 })
    const created = await client.batch.jobs.create({
      endpoint: '/v1/chat/completions',
      requests: requests(500),
    })
    let running = await client.batch.jobs.get(created.id)
    while (running.completed_requests < 5) {
      await new Promise((resolve) => setTimeout(resolve, 30))
      running = await client.batch.jobs.get(created.id)
    }
    const cancelling = await client.batch.jobs.cancel(created.id)
    expect(cancelling.status).toBe('CANCELLATION_REQUESTED')
    const job = await client.batch.jobs.wait(created.id, FAST)
    expect(job.status).toBe('CANCELLED')
    expect(job.completed_requests).toBeGreaterThanOrEqual(5)
    expect(job.completed_requests).toBeLessThan(500)
    const results = await collect(client.batch.results(job))
    expect(results).toHaveLength(job.completed_requests)
    expect(results.every((r) => r.ok)).toBe(true)
  })
})
