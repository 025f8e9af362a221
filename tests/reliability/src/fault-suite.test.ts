import { type BatchResult, createClient } from '@mistral-batch/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator } from './helpers/emulator-server'
import { FAULTS } from './helpers/fault-mix'
import { liveHandles, settledHandles } from './helpers/leaks'
import { chatRequests } from './helpers/requests'
import { faultSeed } from './helpers/seed'

const FLOWS = 20
const PER_FLOW = 1_000

let unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
beforeEach(() => {
  unhandled = []
  process.on('unhandledRejection', onUnhandled)
})
afterEach(() => {
  process.off('unhandledRejection', onUnhandled)
})

/** Every custom_id of every flow exactly once: counts per id, then compared with what was sent. */
function countIds(results: readonly BatchResult[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of results) counts.set(r.custom_id, (counts.get(r.custom_id) ?? 0) + 1)
  return counts
}

async function faultRun(flows: number, inline: boolean) {
  const seed = faultSeed()
  const baseline = liveHandles()
  const server = await startEmulator({ seed, faults: FAULTS, requestsPerSecond: 100, startDelayMs: 100 })
  const client = createClient({
    baseURL: server.url,
    // More retries than the default 2: at ~17% faults per request, 3 failures in a row are too likely
    // over thousands of requests; the delays are scaled down so the suite stays short.
    retry: { retries: 10, minDelayMs: 10, maxDelayMs: 200 },
    timeoutMs: 10_000,
  })
  const started = Date.now()
  const outcomes = await Promise.allSettled(
    Array.from({ length: flows }, (_, i) =>
      client.batch.run(chatRequests(`flow${i}`, PER_FLOW), {
        endpoint: '/v1/chat/completions',
        model: 'mistral-small-latest',
        inline,
        intervalMs: 25,
        maxIntervalMs: 100,
      }),
    ),
  )
  const seconds = (Date.now() - started) / 1000
  const state = server.emulator.state
  const jobs = server.emulator.jobs()
  const uploads = server.emulator.files().filter((f) => f.source === 'upload')
  await server.close()
  const after = await settledHandles(baseline)
  console.info(
    `fault run (seed ${seed}, ${inline ? 'inline' : 'upload'}): ${flows}×${PER_FLOW} requests in ${seconds}s, ` +
      `${state.requests} HTTP requests, faults ${JSON.stringify(state.faults)}`,
  )
  return { outcomes, state, jobs, uploads, baseline, after }
}

describe('fault suite: batch.run under 5xx, 429, resets, cut downloads and latency', () => {
  it(`finishes ${FLOWS} uploaded flows of ${PER_FLOW} with every custom_id exactly once, no duplicate job or file`, async () => {
    const { outcomes, state, jobs, uploads, baseline, after } = await faultRun(FLOWS, false)
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))
    expect(failures).toEqual([])
    outcomes.forEach((outcome, i) => {
      if (outcome.status !== 'fulfilled') return
      const { job, results } = outcome.value
      expect(job.status).toBe('SUCCESS')
      expect(job.succeeded_requests).toBe(PER_FLOW)
      const counts = countIds(results)
      const expected = chatRequests(`flow${i}`, PER_FLOW).map((r) => r.custom_id)
      expect([...counts.keys()].sort()).toEqual([...expected].sort())
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
      expect(results.every((r) => r.ok)).toBe(true)
    })
    // Exactly 20 jobs and 20 input files: no lost response turned into a second job or upload.
    expect(state.jobs).toBe(FLOWS)
    expect(state.uploads).toBe(FLOWS)
    const inputs = jobs.flatMap((job) => job.input_files ?? [])
    expect(new Set(inputs).size).toBe(FLOWS)
    expect([...inputs].sort()).toEqual(uploads.map((f) => f.id).sort())
    expect(new Set(uploads.map((f) => f.filename)).size).toBe(FLOWS)
    expect(unhandled).toEqual([])
    expect(after.timers).toBeLessThanOrEqual(baseline.timers)
    expect(after.sockets).toBeLessThanOrEqual(baseline.sockets)
  }, 120_000)

  it('finishes inline flows under the same faults, each custom_id exactly once, one job per flow', async () => {
    const flows = 10
    const { outcomes, state, baseline, after } = await faultRun(flows, true)
    expect(outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))).toEqual([])
    outcomes.forEach((outcome, i) => {
      if (outcome.status !== 'fulfilled') return
      expect(outcome.value.job.status).toBe('SUCCESS')
      const counts = countIds(outcome.value.results)
      expect(counts.size).toBe(PER_FLOW)
      expect(counts.get(`flow${i}-0`)).toBe(1)
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
    })
    expect(state.jobs).toBe(flows)
    expect(state.uploads).toBe(0)
    expect(unhandled).toEqual([])
    expect(after.timers).toBeLessThanOrEqual(baseline.timers)
    expect(after.sockets).toBeLessThanOrEqual(baseline.sockets)
  }, 120_000)
})
