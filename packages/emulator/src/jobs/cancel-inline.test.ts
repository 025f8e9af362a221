import { describe, expect, it } from 'vitest'
import { chatLine, setup, startJob } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const CHAT = '/v1/chat/completions'
const invalid = (custom_id: string) => ({ custom_id, body: { model: 'mistral-small-latest' } })

const start = startJob

describe('cancel and inline outputs', () => {
  it('cancels through CANCELLATION_REQUESTED to CANCELLED, keeping partial results', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => chatLine(String(i)))
    const { clock, get, call, job, content } = await start(lines)
    clock.advance(1_000 + 3_000)
    const cancelling = (await call('POST', `/v1/batch/jobs/${job.id}/cancel`)).json
    expect(cancelling).toMatchObject({ status: 'CANCELLATION_REQUESTED', completed_requests: 30 })
    clock.advance(100)
    expect((await get()).status).toBe('CANCELLATION_REQUESTED')
    clock.advance(10_000)
    const cancelled = await get()
    expect(cancelled).toMatchObject({ status: 'CANCELLED', completed_requests: 30, succeeded_requests: 30 })
    expect((await content(cancelled.output_file)).trim().split('\n')).toHaveLength(30)
    const again = (await call('POST', `/v1/batch/jobs/${job.id}/cancel`)).json
    expect(again.status).toBe('CANCELLED')
  })

  it('cancels a QUEUED job with no result files', async () => {
    const { clock, get, call, job } = await start([chatLine('a')])
    await call('POST', `/v1/batch/jobs/${job.id}/cancel`)
    clock.advance(600)
    expect(await get()).toMatchObject({
      status: 'CANCELLED',
      total_requests: 0,
      output_file: null,
      error_file: null,
    })
  })

  it('returns outputs with ?inline=true for inline jobs', async () => {
    const { call, clock } = setup()
    const { json: job } = await call('POST', '/v1/batch/jobs', {
      endpoint: CHAT,
      requests: [chatLine('a'), invalid('b')],
    })
    clock.advance(2_000)
    const plain = (await call('GET', `/v1/batch/jobs/${job.id}`)).json
    expect(plain.outputs).toBeUndefined()
    const inline = (await call('GET', `/v1/batch/jobs/${job.id}?inline=true`)).json
    expectFilesBatchSchema('BatchJob', inline)
    expect(inline.outputs.map((o: { custom_id: string }) => o.custom_id)).toEqual(['a', 'b'])
    expect(inline.outputs[1].response.status_code).toBe(422)
  })
})
