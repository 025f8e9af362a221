import { type BatchJob, type BatchRequest, isInputValidationError } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { chat, collect, FAST, start } from './harness'

const CHAT = { endpoint: '/v1/chat/completions', model: 'mistral-small-latest' } as const

/** 20 requests; every 4th has no `messages`, which the emulator answers with a 422 error line. */
function mixed(prefix: string): { lines: BatchRequest[]; bad: string[] } {
  const lines = Array.from({ length: 20 }, (_, i) =>
    i % 4 === 3
      ? { custom_id: `${prefix}${i}`, body: { model: 'mistral-small-latest', note: `original ${i}` } }
      : chat(`${prefix}${i}`),
  )
  return { lines, bad: lines.filter((_, i) => i % 4 === 3).map((l) => l.custom_id as string) }
}
const toJsonl = (lines: readonly BatchRequest[]) => lines.map((l) => `${JSON.stringify(l)}\n`).join('')

async function inputText(client: Awaited<ReturnType<typeof start>>['client'], job: BatchJob) {
  const texts = await Promise.all(
    job.input_files.map(async (id) => new Response(await client.files.download(id)).text()),
  )
  return texts.join('')
}

describe('batch.retryFailed end to end', () => {
  it('retries exactly the failed custom_ids with their original bodies, and a second call returns the same job', async () => {
    const { client, emulator } = await start({ requestsPerSecond: 10_000 })
    const { lines, bad } = mixed('m')
    const file = await client.files.upload(toJsonl(lines))
    const created = await client.batch.jobs.create({
      ...CHAT,
      input_files: [file.id],
      metadata: { team: 'a' },
    })
    const job = await client.batch.jobs.wait(created.id, FAST)
    expect(job.failed_requests).toBe(5)

    const retry = await client.batch.retryFailed(job)
    if (retry === null || 'jobs' in retry) throw new Error(`expected one job, got ${JSON.stringify(retry)}`)
    expect(retry.metadata).toMatchObject({ team: 'a', mistral_batch_retry_of: job.id })
    // The retry's input is the failed lines, byte for byte as they were sent.
    expect(await inputText(client, retry)).toBe(
      toJsonl(lines.filter((l) => bad.includes(l.custom_id as string))),
    )
    const before = emulator.state
    const again = await client.batch.retryFailed(job.id)
    expect(again && 'id' in again && again.id).toBe(retry.id)
    expect(emulator.state).toMatchObject({ jobs: before.jobs, uploads: before.uploads })

    const retried = await client.batch.jobs.wait(retry.id, FAST)
    const results = await collect(client.batch.results(retried))
    expect(results.map((r) => r.custom_id).sort()).toEqual([...bad].sort())
  })

  it('retries a group: the failed lines of every shard, in shard order', async () => {
    const { client } = await start({ requestsPerSecond: 10_000 })
    const { lines, bad } = mixed('g')
    const group = await client.batch.groups.create(toJsonl(lines), { ...CHAT, maxRequestsPerJob: 6 })
    expect(group.jobs).toHaveLength(4)
    const done = await client.batch.groups.wait(group.id, FAST)
    expect(done.failed_requests).toBe(5)
    const retry = await client.batch.retryFailed(done)
    if (retry === null || 'jobs' in retry) throw new Error('expected one job')
    expect(await inputText(client, retry)).toBe(
      toJsonl(lines.filter((l) => bad.includes(l.custom_id as string))),
    )
    expect(retry.metadata?.mistral_batch_retry_of).toBe(group.id)
  })

  it('needs `input` for an inline job, says so with a typed error, and filters it when given', async () => {
    const { client, emulator } = await start({ requestsPerSecond: 10_000 })
    const { lines, bad } = mixed('i')
    const created = await client.batch.jobs.create({ ...CHAT, requests: lines })
    const job = await client.batch.jobs.wait(created.id, FAST)
    const requests = emulator.state.requests
    const error = await client.batch.retryFailed(job).catch((e: unknown) => e)
    expect(isInputValidationError(error) && error.issues[0]?.path).toBe('input')
    expect(String(error)).toMatch(/inline requests.*options\.input/)
    expect(emulator.state.requests).toBe(requests)

    const retry = await client.batch.retryFailed(job, { input: lines })
    if (retry === null || 'jobs' in retry) throw new Error('expected one job')
    const sent = (await inputText(client, retry))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).custom_id)
    expect(sent).toEqual(bad)
  })

  it('refuses a job that is not terminal with a typed error, sending nothing; returns null when nothing failed', async () => {
    const { client, emulator } = await start({ startDelayMs: 60_000 })
    const queued = await client.batch.jobs.create({ ...CHAT, requests: [chat('q')] })
    const requests = emulator.state.requests
    const error = await client.batch.retryFailed(queued).catch((e: unknown) => e)
    expect(isInputValidationError(error) && error.issues[0]?.path).toBe('jobOrGroup')
    expect(String(error)).toMatch(/QUEUED, not finished/)
    expect(emulator.state.requests).toBe(requests)
    const bad = await client.batch.retryFailed(null as unknown as string).catch((e: unknown) => e)
    expect(isInputValidationError(bad)).toBe(true)

    const fine = await start({ requestsPerSecond: 10_000 })
    const { job } = await fine.client.batch.run([chat('ok')], { ...CHAT, inline: false, ...FAST })
    expect(await fine.client.batch.retryFailed(job)).toBeNull()
  })
})
