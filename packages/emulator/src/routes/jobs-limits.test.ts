import { describe, expect, it } from 'vitest'
import { chatLine, jsonl, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const CHAT = '/v1/chat/completions'
const lines = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => chatLine(`${prefix}${i}`))

describe('POST /v1/batch/jobs over maxRequestsPerJob', () => {
  it.each([
    ['one file over the limit', [2_500], 1_000],
    ['two files that are over only together', [600, 500], 1_000],
    ['one line over', [11], 10],
  ])('refuses %s with a 400 in the generic error shape, and makes no job', async (_, sizes, max) => {
    const { upload, call, emulator } = setup({ maxRequestsPerJob: max })
    const ids: string[] = []
    for (const [i, size] of sizes.entries()) ids.push((await upload(jsonl(lines(size, `f${i}-`)))).json.id)
    const response = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: ids })
    const total = sizes.reduce((a, b) => a + b, 0)
    expect(response.status).toBe(400)
    expect(response.json).toEqual({
      object: 'error',
      message: `The batch has ${total} requests; the maximum per job is ${max}.`,
      type: 'invalid_request_error',
      param: 'input_files',
      code: 'too_many_requests',
    })
    expect(emulator.state.jobs).toBe(0)
  })

  it('accepts exactly the limit, from files or inline', async () => {
    const { upload, call } = setup({ maxRequestsPerJob: 1_000 })
    const file = (await upload(jsonl(lines(1_000)))).json
    const fromFile = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: [file.id] })
    expect(fromFile.status).toBe(200)
    expectFilesBatchSchema('BatchJob', fromFile.json)
    const inline = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests: lines(1_000) })
    expect(inline.status).toBe(200)
  })

  it('refuses inline requests over maxRequestsPerJob (below maxInlineRequests) naming `requests`', async () => {
    const { call, emulator } = setup({ maxRequestsPerJob: 5 })
    const response = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests: lines(6) })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ param: 'requests', code: 'too_many_requests' })
    expect(emulator.state.jobs).toBe(0)
  })

  it('keeps the 422 of maxInlineRequests when that limit is the smaller one', async () => {
    const { call } = setup({ maxInlineRequests: 3, maxRequestsPerJob: 100 })
    const response = await call('POST', '/v1/batch/jobs', { endpoint: CHAT, requests: lines(4) })
    expect(response.status).toBe(422)
    expect(response.json.detail[0]).toMatchObject({ type: 'too_long', loc: ['body', 'requests'] })
  })
})
