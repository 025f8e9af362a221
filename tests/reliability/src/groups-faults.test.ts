import { createClient } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { startEmulator } from './helpers/emulator-server'
import { FAULTS } from './helpers/fault-mix'
import { chatRequests } from './helpers/requests'
import { faultSeed } from './helpers/seed'

const GROUPS = 6
const SHARDS = 10
const PER_SHARD = 100

describe('groups under the fault mix (5xx, 429, resets before and after the handler, cut downloads)', () => {
  it(`${GROUPS} groups of ${SHARDS} shards: every custom_id once, exactly one job and one upload per shard`, async () => {
    const seed = faultSeed()
    const server = await startEmulator({ seed, faults: FAULTS, requestsPerSecond: 2_000, startDelayMs: 50 })
    const client = createClient({
      baseURL: server.url,
      retry: { retries: 10, minDelayMs: 10, maxDelayMs: 200 },
      timeoutMs: 10_000,
    })
    const flows = Array.from({ length: GROUPS }, async (_, g) => {
      const input = chatRequests(`group${g}`, SHARDS * PER_SHARD)
      // Half the groups from a Blob (sliced), half from an iterable (streamed, one shard held).
      const source = g % 2 === 0 ? new Blob(input.map((r) => `${JSON.stringify(r)}\n`)) : input
      const group = await client.batch.groups.create(source, {
        endpoint: '/v1/chat/completions',
        model: 'mistral-small-latest',
        group_id: `faulty-${g}`,
        maxRequestsPerJob: PER_SHARD,
      })
      const done = await client.batch.groups.wait(group.id, { intervalMs: 25, maxIntervalMs: 100 })
      const ids: string[] = []
      for await (const result of client.batch.groups.results(done.id)) ids.push(result.custom_id)
      return { done, ids, expected: input.map((r) => r.custom_id) }
    })
    const outcomes = await Promise.allSettled(flows)
    const state = server.emulator.state
    const jobs = server.emulator.jobs()
    const uploads = server.emulator.files().filter((f) => f.source === 'upload')
    await server.close()
    console.info(
      `groups fault run (seed ${seed}): ${state.requests} HTTP requests, faults ${JSON.stringify(state.faults)}`,
    )

    expect(outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))).toEqual([])
    for (const outcome of outcomes) {
      if (outcome.status !== 'fulfilled') continue
      const { done, ids, expected } = outcome.value
      expect(done).toMatchObject({ status: 'SUCCESS', complete: true, shards: SHARDS })
      // Every custom_id exactly once, in shard (= input) order.
      expect(ids).toEqual(expected)
    }
    expect(state.jobs).toBe(GROUPS * SHARDS)
    expect(state.uploads).toBe(GROUPS * SHARDS)
    const inputs = jobs.flatMap((job) => job.input_files ?? [])
    expect([...inputs].sort()).toEqual(uploads.map((f) => f.id).sort())
    // The faults did happen, including the ambiguous ones that exactly-once must survive.
    expect(state.faults.errors + state.faults.resetsAfter).toBeGreaterThan(0)
  }, 120_000)
})
