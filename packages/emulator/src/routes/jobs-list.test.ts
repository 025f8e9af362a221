import { describe, expect, it } from 'vitest'
import { chatLine, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const CHAT = '/v1/chat/completions'

describe('GET /v1/batch/jobs', () => {
  async function seeded() {
    const env = setup()
    const make = async (body: Record<string, unknown>) => {
      const { json } = await env.call('POST', '/v1/batch/jobs', {
        endpoint: CHAT,
        requests: [chatLine('a')],
        ...body,
      })
      env.clock.advance(60_000)
      return json.id as string
    }
    const a = await make({ model: 'small', metadata: { team: 'red', run: '1' } })
    const b = await make({ model: 'large', metadata: { team: 'blue' } })
    const c = await make({ model: 'small', agent_id: 'agent-1', metadata: { team: 'red', run: '2' } })
    return { ...env, ids: { a, b, c } }
  }
  const ids = (json: { data: { id: string }[] }) => json.data.map((job) => job.id)

  it('lists newest first with total, in the ListBatchJobsResponse schema', async () => {
    const {
      call,
      ids: { a, b, c },
    } = await seeded()
    const { json } = await call('GET', '/v1/batch/jobs')
    expectFilesBatchSchema('ListBatchJobsResponse', json)
    expect(json).toMatchObject({ object: 'list', total: 3 })
    expect(ids(json)).toEqual([c, b, a])
    expect(ids((await call('GET', '/v1/batch/jobs?order_by=created')).json)).toEqual([a, b, c])
  })

  it('pages with page and page_size while total counts every match', async () => {
    const {
      call,
      ids: { a, b },
    } = await seeded()
    const { json } = await call('GET', '/v1/batch/jobs?page=1&page_size=1')
    expect(ids(json)).toEqual([b])
    expect(json.total).toBe(3)
    expect(ids((await call('GET', '/v1/batch/jobs?page=2&page_size=1')).json)).toEqual([a])
    expect((await call('GET', '/v1/batch/jobs?page=3&page_size=1')).json).toMatchObject({
      data: [],
      total: 3,
    })
  })

  it('filters by model, agent_id, flattened metadata keys and JSON metadata', async () => {
    const {
      call,
      ids: { a, b, c },
    } = await seeded()
    const list = async (query: string) => ids((await call('GET', `/v1/batch/jobs?${query}`)).json)
    expect(await list('model=small')).toEqual([c, a])
    expect(await list('agent_id=agent-1')).toEqual([c])
    expect(await list('team=red')).toEqual([c, a])
    expect(await list('team=red&run=1')).toEqual([a])
    expect(await list(`metadata=${encodeURIComponent('{"team":"blue"}')}`)).toEqual([b])
    expect(await list('team=green')).toEqual([])
    expect(await list('created_by_me=true')).toHaveLength(3)
  })

  it('filters by created_after (ISO-8601) and repeated status keys', async () => {
    const {
      call,
      clock,
      ids: { b, c },
    } = await seeded()
    // Seeding left the clock at T0+180s; observe at T0+121.05s, when c runs and a and b are done.
    clock.advance(-60_000 + 1_050)
    expect(ids((await call('GET', '/v1/batch/jobs?status=RUNNING')).json)).toEqual([c])
    expect((await call('GET', '/v1/batch/jobs?status=SUCCESS&status=RUNNING')).json.total).toBe(3)
    expect((await call('GET', '/v1/batch/jobs?status=QUEUED')).json.total).toBe(0)
    const after = new Date(Date.UTC(2026, 0, 1) + 30_000).toISOString()
    expect(ids((await call('GET', `/v1/batch/jobs?created_after=${after}`)).json)).toEqual([c, b])
  })

  it('answers 422 for an unknown status, order_by or created_after', async () => {
    const { call } = await seeded()
    expect((await call('GET', '/v1/batch/jobs?status=DONE')).json.detail[0]).toMatchObject({
      type: 'enum',
      loc: ['query', 'status', 0],
    })
    expect((await call('GET', '/v1/batch/jobs?order_by=name')).status).toBe(422)
    expect((await call('GET', '/v1/batch/jobs?created_after=yesterday')).status).toBe(422)
  })
})

describe('GET, cancel and DELETE /v1/batch/jobs/{id}', () => {
  it('gets a job, deletes it, then 404s everywhere', async () => {
    const { call } = setup()
    const { json: job } = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests: [chatLine('a')] })
    const got = await call('GET', `/v1/batch/jobs/${job.id}`)
    expectFilesBatchSchema('BatchJob', got.json)
    expect(got.json.id).toBe(job.id)
    const deleted = await call('DELETE', `/v1/batch/jobs/${job.id}`)
    expectFilesBatchSchema('DeleteBatchJobResponse', deleted.json)
    expect(deleted.json).toEqual({ id: job.id, object: 'batch', deleted: true })
    expect((await call('GET', `/v1/batch/jobs/${job.id}`)).status).toBe(404)
    expect((await call('POST', `/v1/batch/jobs/${job.id}/cancel`)).status).toBe(404)
    expect((await call('DELETE', `/v1/batch/jobs/${job.id}`)).status).toBe(404)
  })

  it('cancels into CANCELLATION_REQUESTED, in the BatchJob schema', async () => {
    const { call } = setup()
    const { json: job } = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests: [chatLine('a')] })
    const { json } = await call('POST', `/v1/batch/jobs/${job.id}/cancel`)
    expectFilesBatchSchema('BatchJob', json)
    expect(json.status).toBe('CANCELLATION_REQUESTED')
  })

  it('answers 404 for unknown routes and 405 for a wrong method', async () => {
    const { call } = setup()
    expect((await call('GET', '/v1/nothing')).status).toBe(404)
    expect((await call('PUT', '/v1/batch/jobs')).status).toBe(405)
  })
})
