import { describe, expect, it } from 'vitest'
import { chatLine, jsonl, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const CHAT = '/v1/chat/completions'

describe('POST /v1/batch/jobs', () => {
  it('creates a QUEUED BatchJob with total_requests 0 and the spec defaults', async () => {
    const { call } = setup()
    const { status, json } = await call('POST', '/v1/batch/jobs', {
      endpoint: CHAT,
      model: 'mistral-small-latest',
      requests: [chatLine('a'), chatLine('b')],
      metadata: { job_type: 'testing' },
    })
    expect(status).toBe(200)
    expectFilesBatchSchema('BatchJob', json)
    expect(json).toMatchObject({
      object: 'batch',
      status: 'QUEUED',
      endpoint: CHAT,
      input_files: [],
      metadata: { job_type: 'testing' },
      errors: [],
      total_requests: 0,
      completed_requests: 0,
      output_file: null,
      error_file: null,
      started_at: null,
    })
    expect(json.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('accepts input_files of purpose batch', async () => {
    const { call, upload } = setup()
    const { json: file } = await upload(jsonl([chatLine('a')]))
    const { status, json } = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: [file.id] })
    expect(status).toBe(200)
    expect(json.input_files).toEqual([file.id])
  })

  const cases: [string, Record<string, unknown>, { type: string; loc: (string | number)[] }][] = [
    [
      'both input_files and requests',
      { endpoint: CHAT, input_files: [], requests: [] },
      { type: 'value_error', loc: ['body'] },
    ],
    ['neither input_files nor requests', { endpoint: CHAT }, { type: 'value_error', loc: ['body'] }],
    ['a missing endpoint', { requests: [chatLine('a')] }, { type: 'missing', loc: ['body', 'endpoint'] }],
    [
      'an unknown endpoint',
      { endpoint: '/v1/images', requests: [chatLine('a')] },
      { type: 'enum', loc: ['body', 'endpoint'] },
    ],
    [
      'timeout_hours 0',
      { endpoint: CHAT, requests: [chatLine('a')], timeout_hours: 0 },
      { type: 'greater_than_equal', loc: ['body', 'timeout_hours'] },
    ],
    [
      'timeout_hours 169',
      { endpoint: CHAT, requests: [chatLine('a')], timeout_hours: 169 },
      { type: 'less_than_equal', loc: ['body', 'timeout_hours'] },
    ],
    [
      'a metadata key over 32 characters',
      { endpoint: CHAT, requests: [chatLine('a')], metadata: { ['k'.repeat(33)]: 'v' } },
      { type: 'string_too_long', loc: ['body', 'metadata', 'k'.repeat(33), '[key]'] },
    ],
    [
      'a metadata value over 512 characters',
      { endpoint: CHAT, requests: [chatLine('a')], metadata: { k: 'v'.repeat(513) } },
      { type: 'string_too_long', loc: ['body', 'metadata', 'k'] },
    ],
    [
      'a non-string metadata value',
      { endpoint: CHAT, requests: [chatLine('a')], metadata: { k: 1 } },
      { type: 'string_type', loc: ['body', 'metadata', 'k'] },
    ],
    [
      'a request without body',
      { endpoint: CHAT, requests: [{ custom_id: 'a' }] },
      { type: 'missing', loc: ['body', 'requests', 0, 'body'] },
    ],
    [
      'a malformed input file id',
      { endpoint: CHAT, input_files: ['nope'] },
      { type: 'uuid_parsing', loc: ['body', 'input_files', 0] },
    ],
  ]
  for (const [name, body, expected] of cases) {
    it(`answers 422 detail[] for ${name}`, async () => {
      const { call, emulator } = setup()
      const { status, json } = await call('POST', '/v1/batch/jobs', body)
      expect(status).toBe(422)
      expect(json.detail).toContainEqual(expect.objectContaining(expected))
      for (const item of json.detail)
        expect(Object.keys(item)).toEqual(expect.arrayContaining(['type', 'loc', 'msg', 'input']))
      expect(emulator.state.jobs).toBe(0)
    })
  }

  it('answers 422 for more than 10,000 inline requests', async () => {
    const { call } = setup()
    const requests = Array.from({ length: 10_001 }, (_, i) => chatLine(String(i)))
    const { status, json } = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests })
    expect(status).toBe(422)
    expect(json.detail[0]).toMatchObject({ type: 'too_long', loc: ['body', 'requests'] })
  })

  it('answers 422 for an input file whose purpose is not batch, and 404 for an unknown one', async () => {
    const { call, upload } = setup()
    const { json: file } = await upload(jsonl([chatLine('a')]), { purpose: 'fine-tune' })
    const wrong = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: [file.id] })
    expect(wrong.status).toBe(422)
    expect(wrong.json.detail[0]).toMatchObject({
      type: 'value_error',
      loc: ['body', 'input_files', 0],
      input: file.id,
    })
    const unknown = await call('POST', '/v1/batch/jobs', {
      endpoint: CHAT,
      input_files: ['00000000-0000-4000-8000-000000000000'],
    })
    expect(unknown.status).toBe(404)
  })

  it('answers 422 json_invalid for a body that is not JSON', async () => {
    const { emulator } = setup()
    const response = await emulator.fetch(
      new Request('http://x/v1/batch/jobs', { method: 'POST', body: '{nope' }),
    )
    expect(response.status).toBe(422)
    expect((await response.json()).detail[0].type).toBe('json_invalid')
  })
})
