// The scenario's Batch steps. Each takes the shared context: { core, client, run, apiKey, jsonl, fast, state }.
import { equal, ok, rejects } from './assert.js'
import { chatRequests, ENDPOINT, MODEL } from './fixtures.js'

const SLOW_COUNT = 2_000
const MISSING_ID = '00000000-0000-4000-8000-000000000000'
const FAST_POLL = { intervalMs: 50, maxIntervalMs: 200, timeoutMs: 30_000 }

export async function create({ client, run, state }) {
  const metadata = { run, kind: 'fast' }
  state.job = await client.batch.jobs.create({
    endpoint: ENDPOINT,
    model: MODEL,
    input_files: [state.file.id],
    metadata,
  })
  equal(state.job.input_files, [state.file.id], 'job names its input file')
  ok(['QUEUED', 'RUNNING'].includes(state.job.status), `new job is pending (${state.job.status})`)
  equal(state.job.metadata?.run, run, 'metadata is kept')
}

export async function wait({ client, fast, state }) {
  let updates = 0
  const done = await client.batch.jobs.wait(state.job.id, { ...FAST_POLL, onUpdate: () => updates++ })
  equal(done.status, 'SUCCESS', 'job succeeds')
  const counters = [done.total_requests, done.succeeded_requests, done.failed_requests]
  equal(counters, [fast.length, fast.length, 0], 'counters')
  ok(typeof done.output_file === 'string', 'output_file is set')
  ok(updates > 0, 'onUpdate was called')
  state.done = done
}

export async function results({ client, fast, state }) {
  const seen = []
  for await (const r of client.batch.results(state.done)) {
    ok(r.ok === true, `${r.custom_id} is ok`)
    equal(r.response?.status_code, 200, `${r.custom_id} status_code`)
    ok(r.response?.body && typeof r.response.body === 'object', `${r.custom_id} has a JSON body`)
    seen.push(r.custom_id)
  }
  equal([...seen].sort(), fast.map((r) => r.custom_id).sort(), 'one result per custom_id')
}

export async function runAll({ client, run, state }) {
  const metadata = { run, kind: 'run' }
  const out = await client.batch.run(chatRequests('run', 3), {
    endpoint: ENDPOINT,
    model: MODEL,
    metadata,
    intervalMs: 50,
    maxIntervalMs: 200,
  })
  equal(out.job.status, 'SUCCESS', 'batch.run ends in SUCCESS')
  const ids = []
  for await (const r of out.results) ids.push(r.custom_id)
  equal(ids.sort(), ['run-0', 'run-1', 'run-2'], 'batch.run results')
  state.runJob = out.job
}

export async function cancel({ client, run, state }) {
  const requests = chatRequests('slow', SLOW_COUNT)
  const slow = await client.batch.jobs.create({
    endpoint: ENDPOINT,
    model: MODEL,
    requests,
    metadata: { run, kind: 'slow' },
  })
  const cancelled = await client.batch.jobs.cancel(slow.id)
  ok(['CANCELLATION_REQUESTED', 'CANCELLED'].includes(cancelled.status), `cancel answers ${cancelled.status}`)
  const final = await client.batch.jobs.wait(slow.id, FAST_POLL)
  equal(final.status, 'CANCELLED', 'slow job ends CANCELLED')
  ok(final.completed_requests < SLOW_COUNT, 'cancelled before finishing')
  state.slow = final
}

export async function list({ client, run, state }) {
  const succeeded = await client.batch.jobs.list({ metadata: { run }, status: ['SUCCESS'] })
  equal(succeeded.data.map((j) => j.id).sort(), [state.job.id, state.runJob.id].sort(), 'status filter')
  const slow = await client.batch.jobs.list({ metadata: { run, kind: 'slow' } })
  equal([slow.data.map((j) => j.id), slow.total], [[state.slow.id], 1], 'metadata filter and total')
  const all = []
  for await (const job of client.batch.jobs.list({ metadata: { run }, page_size: 1 })) all.push(job.id)
  equal(all.length, 3, 'async iteration walks every page')
}

export async function remove({ client, run, state }) {
  const deleted = await client.batch.jobs.delete(state.slow.id)
  equal([deleted.id, deleted.deleted], [state.slow.id, true], 'job delete answer')
  const rest = await client.batch.jobs.list({ metadata: { run } })
  ok(!rest.data.some((j) => j.id === state.slow.id), 'deleted job is no longer listed')
  const file = await client.files.delete(state.streamFile.id)
  equal([file.id, file.deleted], [state.streamFile.id, true], 'file delete answer')
}

export async function notFound({ core, client, apiKey }) {
  const error = await rejects(() => client.batch.jobs.get(MISSING_ID), 'get of a missing job')
  ok(core.isApiError(error), `isApiError (got ${error?.name}: ${error?.message})`)
  ok(error instanceof core.ApiError && error instanceof core.MistralBatchError, 'instanceof ApiError')
  equal([error.status, error.method], [404, 'GET'], 'status and method')
  ok(String(error.url).includes(MISSING_ID), 'url names the job')
  ok(!`${error.message} ${error.stack}`.includes(apiKey), 'the key is not in the error')
  ok(!core.isApiError(new Error('plain')), 'isApiError rejects a plain Error')
}
