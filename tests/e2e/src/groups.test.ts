import { type BatchResult, isInputValidationError } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { collect, FAST, requests, start } from './harness'

const CHAT = { endpoint: '/v1/chat/completions', model: 'mistral-small-latest' } as const
const jsonl = (n: number, prefix = 'r') =>
  requests(n, prefix)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('')

/** How often each custom_id occurs. */
function counts(results: readonly BatchResult[]): Map<string, number> {
  const seen = new Map<string, number>()
  for (const r of results) seen.set(r.custom_id, (seen.get(r.custom_id) ?? 0) + 1)
  return seen
}

describe('groups end to end', () => {
  it('shards 2,500 requests at maxRequestsPerJob 1,000 into exactly 3 jobs and yields each custom_id once', async () => {
    const { client, emulator } = await start({ requestsPerSecond: 100_000, startDelayMs: 10 })
    const progress: number[] = []
    const group = await client.batch.groups.create(new Blob([jsonl(2_500)]), {
      ...CHAT,
      maxRequestsPerJob: 1_000,
      onProgress: (p) => progress.push(p.shards_submitted),
    })
    expect(group.jobs).toHaveLength(3)
    expect(group).toMatchObject({ complete: true, shards: 3 })
    expect(emulator.state).toMatchObject({ jobs: 3, uploads: 3 })
    expect(progress.at(-1)).toBe(3)

    const done = await client.batch.groups.wait(group.id, FAST)
    expect(done).toMatchObject({ status: 'SUCCESS', total_requests: 2_500, succeeded_requests: 2_500 })
    expect(done.jobs.map((job) => job.total_requests)).toEqual([1_000, 1_000, 500])

    const results = await collect(client.batch.groups.results(group.id))
    const seen = counts(results)
    expect(seen.size).toBe(2_500)
    expect([...seen.values()].every((n) => n === 1)).toBe(true)
    // Shard order: shard 0's results first.
    expect(results.slice(0, 1_000).every((r) => Number(r.custom_id.slice(1)) < 1_000)).toBe(true)
  })

  it('cuts by bytes mid-way: the expected shards, from a stream', async () => {
    const { client, emulator } = await start()
    const lines = requests(10).map((r) => `${JSON.stringify(r)}\n`)
    const size = new TextEncoder().encode(lines[0]).length
    // Each line has the same length (r0..r9): 3 lines fit, a 4th does not.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
    const stream = new Blob(lines).stream()
    const group = await client.batch.groups.create(stream, { ...CHAT, maxBytesPerFile: size * 3 + 1 })
    expect(group.jobs).toHaveLength(4)
    const done = await client.batch.groups.wait(group.id, FAST)
    expect(done.jobs.map((job) => job.total_requests)).toEqual([3, 3, 3, 1])
    const uploads = emulator.files().filter((f) => f.source === 'upload')
    expect(uploads.map((f) => f.bytes).sort()).toEqual([size, size * 3, size * 3, size * 3].sort())
    const results = await collect(client.batch.groups.results(done))
    expect(results.map((r) => r.custom_id)).toEqual(lines.map((_, i) => `r${i}`))
  })

  it('rebuilds a group from the server alone and reports each job', async () => {
    const { client } = await start()
    const group = await client.batch.groups.create(requests(5), {
      ...CHAT,
      maxRequestsPerJob: 2,
      group_id: 'g-rebuild',
    })
    const again = await client.batch.groups.get('g-rebuild')
    expect(again.jobs.map((job) => job.id)).toEqual(group.jobs.map((job) => job.id))
    expect(again.jobs.map((job) => job.metadata?.mistral_batch_shard)).toEqual(['0', '1', '2'])
    expect(again).toMatchObject({ id: 'g-rebuild', complete: true, shards: 3 })
  })

  it('refuses bad limits and group ids with a typed error naming the field, sending nothing', async () => {
    const { client, emulator } = await start()
    const before = emulator.state.requests
    const bad: [string, Record<string, unknown>][] = [
      ['maxRequestsPerJob', { maxRequestsPerJob: 0 }],
      ['maxRequestsPerJob', { maxRequestsPerJob: -1 }],
      ['maxRequestsPerJob', { maxRequestsPerJob: Number.NaN }],
      ['maxRequestsPerJob', { maxRequestsPerJob: '10' }],
      ['maxBytesPerFile', { maxBytesPerFile: 0 }],
      ['maxBytesPerFile', { maxBytesPerFile: null }],
      ['maxBytesPerFile', { maxBytesPerFile: 1.5 }],
      ['group_id', { group_id: 'a b' }],
      ['group_id', { group_id: '' }],
      ['group_id', { group_id: 'x'.repeat(300) }],
      ['group_id', { group_id: 12 }],
      ['maxBytesPerFile', { maxBytesPerFile: 20 }],
    ]
    for (const [field, options] of bad) {
      const error = await client.batch.groups
        .create(jsonl(3), { ...CHAT, ...options } as Parameters<typeof client.batch.groups.create>[1])
        .catch((e: unknown) => e)
      expect(isInputValidationError(error), `${field} ${JSON.stringify(options)}`).toBe(true)
      if (isInputValidationError(error)) expect(error.issues[0]?.path).toBe(field)
    }
    expect(emulator.state.requests).toBe(before)
  })
})
