import { describe, expect, it } from 'vitest'
import { chatLine, jsonl, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'
import type { EmulatorOptions } from '../options'

const CHAT = '/v1/chat/completions'
interface ResultLine {
  custom_id: string
  response: { status_code: number; body: { object?: string; type?: string } }
  error: { message: string; code: string } | null
}
const parse = (text: string): ResultLine[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ResultLine)

/** Runs a file job of `n` chat lines to its end; returns the job and its two files' lines. */
async function run(n: number, options: EmulatorOptions, ids = Array.from({ length: n }, (_, i) => `r${i}`)) {
  const env = setup({ requestsPerSecond: 1_000, ...options })
  const file = (await env.upload(jsonl(ids.map((id) => chatLine(id))))).json
  const created = (await env.call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: [file.id] })).json
  env.clock.advance(60_000)
  const job = (await env.call('GET', `/v1/batch/jobs/${created.id}`)).json
  const read = async (id: string | null) =>
    id ? parse((await env.call('GET', `/v1/files/${id}/content`)).text) : []
  return { job, output: await read(job.output_file), errors: await read(job.error_file), env }
}

const failedIds = (lines: ResultLine[]) =>
  lines.filter((l) => l.response.status_code >= 300 || l.error !== null).map((l) => l.custom_id)

describe('failRate', () => {
  it('fails about the given share of lines, split between error-file lines and non-2xx results', async () => {
    const { job, output, errors, env } = await run(400, { failRate: 0.25, seed: 11 })
    expect(job.status).toBe('SUCCESS')
    expect(job.succeeded_requests + job.failed_requests).toBe(400)
    expect(job.failed_requests).toBeGreaterThan(60)
    expect(job.failed_requests).toBeLessThan(140)
    const inOutput = output.filter((l) => l.response.status_code !== 200)
    expect(inOutput.length).toBeGreaterThan(15)
    expect(errors.length).toBeGreaterThan(15)
    expect(inOutput.length + errors.length).toBe(job.failed_requests)
    for (const line of inOutput) {
      expect(line).toMatchObject({
        response: { status_code: 429, body: { object: 'error', type: 'rate_limit_error' } },
        error: null,
      })
    }
    for (const line of errors) {
      expect(line).toMatchObject({
        response: { status_code: 500, body: { type: 'server_error' } },
        error: { code: 'emulated_failure' },
      })
    }
    // Every custom_id exactly once across both files.
    const all = [...output, ...errors].map((l) => l.custom_id).sort()
    expect(all).toEqual(Array.from({ length: 400 }, (_, i) => `r${i}`).sort())
    expectFilesBatchSchema('BatchJob', job)
    const files = env.emulator.files()
    expectFilesBatchSchema(
      'FileSchema',
      files.find((f) => f.id === job.error_file),
    )
    expect(files.find((f) => f.id === job.error_file)).toMatchObject({
      sample_type: 'batch_error',
      num_lines: errors.length,
    })
    const inline = (await env.call('GET', `/v1/batch/jobs/${job.id}?inline=true`)).json
    expectFilesBatchSchema('BatchJob', inline)
    expect(failedIds(inline.outputs).sort()).toEqual(failedIds([...output, ...errors]).sort())
  })

  it('fails the same lines on every run with the same seed, and others with another seed', async () => {
    const a = await run(200, { failRate: 0.3, seed: 5 })
    const b = await run(200, { failRate: 0.3, seed: 5 })
    const c = await run(200, { failRate: 0.3, seed: 6 })
    const failed = (r: typeof a) => failedIds([...r.output, ...r.errors]).sort()
    expect(failed(a)).toEqual(failed(b))
    expect(failed(a)).not.toEqual(failed(c))
  })

  it('draws afresh for a retry job, so retried lines can succeed', async () => {
    const first = await run(300, { failRate: 0.3, seed: 8 })
    const failed = failedIds([...first.output, ...first.errors])
    const env = first.env
    const file = (await env.upload(jsonl(failed.map((id) => chatLine(id))))).json
    const retry = (await env.call('POST', '/v1/batch/jobs', { endpoint: CHAT, input_files: [file.id] })).json
    env.clock.advance(60_000)
    const done = (await env.call('GET', `/v1/batch/jobs/${retry.id}`)).json
    expect(done.total_requests).toBe(failed.length)
    expect(done.succeeded_requests).toBeGreaterThan(failed.length / 2)
    expect(done.failed_requests).toBeLessThan(failed.length / 2)
  })

  it.each([
    [0, 'SUCCESS', 0],
    [1, 'FAILED', 50],
  ])('with failRate %d, the job ends %s with %d failures', async (failRate, status, failures) => {
    const { job, output, errors } = await run(50, { failRate, seed: 1 })
    expect(job).toMatchObject({ status, failed_requests: failures, succeeded_requests: 50 - failures })
    expect(failedIds([...output, ...errors])).toHaveLength(failures)
    expect(job.error_file === null).toBe(errors.length === 0)
  })

  it('leaves invalid lines failing as before (422), whatever the draw', async () => {
    const env = setup({ failRate: 1, seed: 2 })
    const created = (
      await env.call('POST', '/v1/batch/jobs', {
        endpoint: CHAT,
        requests: [{ custom_id: 'bad', body: { model: 'mistral-small-latest' } }],
      })
    ).json
    env.clock.advance(10_000)
    const job = (await env.call('GET', `/v1/batch/jobs/${created.id}?inline=true`)).json
    expect(job.outputs).toMatchObject([{ custom_id: 'bad', response: { status_code: 422 } }])
  })
})
