import {
  ApiError,
  createClient,
  isApiError,
  isResponseValidationError,
  ResponseValidationError,
} from '@mistral-batch/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countingFetch, json } from '../helpers/counting-fetch'
import { type RunningEmulator, startEmulator } from '../helpers/emulator-server'
import { rejection } from '../helpers/expect-error'
import { SECRET_KEY } from '../helpers/requests'

let server: RunningEmulator
beforeAll(async () => {
  server = await startEmulator({ apiKey: SECRET_KEY })
})
afterAll(() => server.close())

const FAST = { retries: 2, minDelayMs: 1, maxDelayMs: 2 }
const real = (apiKey = SECRET_KEY) => createClient({ baseURL: server.url, apiKey, retry: FAST })
const fake = (respond: (r: Request) => Response) => {
  const { fetch, calls } = countingFetch(respond)
  return { client: createClient({ baseURL: 'http://api.test', fetch, retry: FAST }), calls }
}
async function apiError(work: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(work)
  expect(isApiError(error)).toBe(true)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('server error families (contract §10): ApiError with status, message and parsed fields', () => {
  it('401 from the emulator with a wrong key: authentication_error, not retried', async () => {
    server.seen.length = 0
    const error = await apiError(real('sk-wrong').batch.jobs.list())
    expect(error).toMatchObject({
      status: 401,
      type: 'authentication_error',
      code: 'unauthorized',
      method: 'GET',
    })
    expect(error.message).toMatch(
      /^\[GET\] "http:\/\/127\.0\.0\.1:\d+\/v1\/batch\/jobs\?page=0": 401 .*Unauthorized$/,
    )
    expect(server.seen).toHaveLength(1)
  })

  it('404 for an unknown job: the message names it, not retried', async () => {
    server.seen.length = 0
    const id = '00000000-0000-4000-8000-000000000000'
    const error = await apiError(real().batch.jobs.get(id))
    expect(error).toMatchObject({ status: 404, type: 'invalid_request_error', code: 'not_found' })
    expect(error.message).toContain(`Batch job not found: ${id}`)
    expect(server.seen).toHaveLength(1)
  })

  it('422 {detail: [...]} from the emulator: each loc and msg in the message, detail kept in body', async () => {
    const error = await apiError(
      real().batch.jobs.create({ endpoint: '/v1/ocr', input_files: ['not-a-uuid'] }),
    )
    expect(error.status).toBe(422)
    expect(error.message).toMatch(/422 .*body\.input_files\.0: /)
    expect(Array.isArray((error.body as { detail?: unknown }).detail)).toBe(true)
  })

  it('422 {detail: [...]} with several items joins them, and is never retried', async () => {
    const detail = [
      { type: 'missing', loc: ['body', 'model'], msg: 'Field required', input: {} },
      { type: 'int_type', loc: ['body', 'timeout_hours'], msg: 'Input should be a valid integer' },
    ]
    const { client, calls } = fake(() => json({ detail }, 422))
    const error = await apiError(client.batch.jobs.get('j1'))
    expect(error.message).toMatch(
      /: 422 body\.model: Field required; body\.timeout_hours: Input should be a valid integer$/,
    )
    expect(error.body).toEqual({ detail })
    expect(calls).toHaveLength(1)
  })

  it('429 after every retry: status, code and the Retry-After header on the error', async () => {
    const body = {
      object: 'error',
      message: 'Requests rate limit exceeded',
      type: 'rate_limit_error',
      param: null,
      code: '1300',
    }
    const { client, calls } = fake(() => json(body, 429, { 'retry-after': '0' }))
    const error = await apiError(client.files.list())
    expect(error).toMatchObject({ status: 429, type: 'rate_limit_error', code: '1300' })
    expect(error.message).toMatch(/429 Requests rate limit exceeded$/)
    expect(error.headers.get('retry-after')).toBe('0')
    expect(calls).toHaveLength(3) // the first attempt and 2 retries
  })

  it('500 with an HTML body: the raw text kept, the message without tags', async () => {
    const html = '<html><head><title>500</title></head><body><h1>Internal Server Error</h1></body></html>'
    const { client, calls } = fake(
      () => new Response(html, { status: 500, headers: { 'content-type': 'text/html' } }),
    )
    const error = await apiError(client.batch.jobs.get('j1'))
    expect(error.status).toBe(500)
    expect(error.body).toBe(html)
    expect(error.message).toMatch(/: 500 500 Internal Server Error$/)
    expect(calls).toHaveLength(3)
  })

  it('{detail: "text"} and {message, code: number}: both families give a message', async () => {
    const a = await apiError(fake(() => json({ detail: 'Not Found' }, 404)).client.files.get('f'))
    expect(a.message).toMatch(/404 Not Found$/)
    const b = await apiError(
      fake(() => json({ object: 'Error', message: 'No', code: 3000 }, 400)).client.files.get('f'),
    )
    expect(b).toMatchObject({ status: 400, code: 3000 })
    expect(b.message).toMatch(/400 No$/)
  })
})

describe('a 2xx that breaks the contract: ResponseValidationError with issues and data', () => {
  it('a job without id or status', async () => {
    const data = { object: 'batch', endpoint: '/v1/ocr', created_at: 1 }
    const error = await rejection(fake(() => json(data)).client.batch.jobs.get('j1'))
    expect(isResponseValidationError(error)).toBe(true)
    expect(error).toBeInstanceOf(ResponseValidationError)
    const err = error as ResponseValidationError
    expect(err.message).toMatch(/^\[GET\] "http:\/\/api\.test\/v1\/batch\/jobs\/j1": unexpected id: /)
    expect(err.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['id', 'status']))
    expect(err.data).toEqual(data)
  })

  it('a body that is not JSON at all', async () => {
    const error = await rejection(fake(() => new Response('<html>ok</html>')).client.files.get('f'))
    expect(isResponseValidationError(error)).toBe(true)
    expect((error as ResponseValidationError).message).toMatch(/: not JSON$/)
    expect((error as ResponseValidationError).data).toBe('<html>ok</html>')
  })

  it('a list whose item has a counter of the wrong type names data.0.total_requests', async () => {
    const job = {
      id: 'j',
      endpoint: '/v1/ocr',
      status: 'QUEUED',
      created_at: 1,
      total_requests: '5',
      completed_requests: 0,
      succeeded_requests: 0,
      failed_requests: 0,
    }
    const error = await rejection(fake(() => json({ data: [job], total: 1 })).client.batch.jobs.list())
    expect(isResponseValidationError(error)).toBe(true)
    expect((error as ResponseValidationError).issues[0]?.path).toBe('data.0.total_requests')
  })
})
