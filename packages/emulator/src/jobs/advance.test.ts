import { describe, expect, it } from 'vitest'
import { chatLine, startJob, T0 } from '../../test/helpers'
import { expectEndpointSchema, expectFilesBatchSchema } from '../../test/openapi'

const invalid = (custom_id: string) => ({ custom_id, body: { model: 'mistral-small-latest' } })

const start = startJob

describe('job lifecycle', () => {
  it('stays QUEUED with total_requests 0 until startDelayMs, then counts up at requestsPerSecond', async () => {
    const { clock, get } = await start(Array.from({ length: 20 }, (_, i) => chatLine(String(i))))
    clock.advance(999)
    expect(await get()).toMatchObject({ status: 'QUEUED', total_requests: 0, started_at: null })
    clock.advance(1 + 500) // 0.5 s into RUNNING at 10 rps
    const running = await get()
    expectFilesBatchSchema('BatchJob', running)
    expect(running).toMatchObject({
      status: 'RUNNING',
      total_requests: 20,
      completed_requests: 5,
      succeeded_requests: 5,
    })
    expect(running.started_at).toBe(T0 / 1000 + 1)
    clock.advance(1_000)
    expect((await get()).completed_requests).toBe(15)
  })

  it('ends SUCCESS with an output file in the contract §7 format and no error file', async () => {
    const { clock, get, content, call } = await start([
      chatLine('a', 'What is the best French cheese?'),
      chatLine('b'),
    ])
    clock.advance(1_200)
    const done = await get()
    expect(done).toMatchObject({
      status: 'SUCCESS',
      completed_requests: 2,
      succeeded_requests: 2,
      failed_requests: 0,
      error_file: null,
    })
    expect(done.completed_at).toBe(T0 / 1000 + 1)
    const file = (await call('GET', `/v1/files/${done.output_file}`)).json
    expect(file).toMatchObject({
      purpose: 'batch',
      sample_type: 'batch_result',
      source: 'mistral',
      num_lines: 2,
    })
    const lines = (await content(done.output_file))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.custom_id)).toEqual(['a', 'b'])
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'custom_id', 'response', 'error'])
      expect(line.id).toMatch(new RegExp(`^batch-${done.id.slice(0, 8)}-\\d+-[0-9a-f-]{36}$`))
      expect(line.response.status_code).toBe(200)
      expect(line.error).toBeNull()
      expectEndpointSchema('ChatCompletionChoice', line.response.body.choices[0])
    }
    expect(lines[0].response.body.choices[0].message.content).toContain('What is the best French cheese?')
  })

  it('writes invalid lines to an error file (sample_type batch_error) with 400/422 error bodies', async () => {
    const { clock, get, content, call } = await start([
      chatLine('ok'),
      invalid('bad'),
      'not json',
      { custom_id: 'nobody' },
    ])
    clock.advance(2_000)
    const done = await get()
    expect(done).toMatchObject({
      status: 'SUCCESS',
      total_requests: 4,
      succeeded_requests: 1,
      failed_requests: 3,
    })
    expect((await call('GET', `/v1/files/${done.error_file}`)).json).toMatchObject({
      sample_type: 'batch_error',
      source: 'mistral',
    })
    const errors = (await content(done.error_file))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(errors.map((e) => [e.custom_id, e.response.status_code])).toEqual([
      ['bad', 422],
      ['2', 400],
      ['nobody', 400],
    ])
    expect(errors[0].response.body).toMatchObject({
      object: 'error',
      type: 'invalid_request_error',
      param: 'body.messages',
    })
    expect(errors[0].error).toEqual({
      message: errors[0].response.body.message,
      code: errors[0].response.body.code,
    })
  })

  it('ends FAILED when every line failed', async () => {
    const { clock, get } = await start([invalid('x'), invalid('y')])
    clock.advance(5_000)
    expect(await get()).toMatchObject({ status: 'FAILED', failed_requests: 2, succeeded_requests: 0 })
  })

  it('fills in a missing body model from the job model', async () => {
    const { clock, get, content } = await start(
      [{ custom_id: 'a', body: { messages: [{ role: 'user', content: 'x' }] } }],
      {},
      { model: 'job-model' },
    )
    clock.advance(5_000)
    const done = await get()
    expect(done.status).toBe('SUCCESS')
    expect(JSON.parse(await content(done.output_file)).response.body.model).toBe('job-model')
  })

  it('ends TIMEOUT_EXCEEDED past timeout_hours with partial results', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => chatLine(String(i)))
    const { clock, get, content } = await start(
      lines,
      { requestsPerSecond: 1 / 120, startDelayMs: 0 },
      { timeout_hours: 1 },
    )
    clock.advance(3_600_000 + 1)
    const done = await get()
    expect(done).toMatchObject({ status: 'TIMEOUT_EXCEEDED', completed_requests: 30, total_requests: 50 })
    expect(done.completed_at).toBe(T0 / 1000 + 3600)
    expect(done.errors[0].message).toMatch(/timeout/)
    expect((await content(done.output_file)).trim().split('\n')).toHaveLength(30)
  })

  it('produces the same answers for the same input in two emulators', async () => {
    const run = async () => {
      const { clock, get, content } = await start([chatLine('a'), chatLine('b')])
      clock.advance(5_000)
      return content((await get()).output_file)
    }
    const [first, second] = await Promise.all([run(), run()])
    expect(first).toBe(second)
  })
})
