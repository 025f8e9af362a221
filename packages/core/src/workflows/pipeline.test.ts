import { beforeAll, describe, expect, it, vi } from 'vitest'
import { groupJob } from '../../test/helpers/group-job'
import { journalStep } from '../../test/helpers/journal-step'
import { buildGroup } from '../groups/group'
import { kit } from '../groups/kit'
import { setKit } from '../groups/kit-slot'
import type { BatchResult } from '../results/result'
import type { BatchJob } from '../schemas/job'
import { collectGroupResults, type ShardInfo } from './collect'
import type { WorkflowClient } from './group-client'
import type { WorkflowStep } from './step'
import { submitGroup } from './submit'
import { waitForGroup } from './wait'

// The groups chunk's helpers (groups/kit.ts), as the client hands them over when it loads the chunk.
beforeAll(() => setKit(kit))

/** Shard `shard` of the 2 shards of group g. */
const job = (shard: number, status: string, done = 0) => groupJob(shard, 2, status, done)

/** A groups API double: `create` makes 2 jobs; each `get` answers the next scripted state. */
function fakeClient(states: BatchJob[][]) {
  const calls = { create: 0, get: 0, results: [] as string[] }
  const client: WorkflowClient = {
    batch: {
      groups: {
        async create(_input, options) {
          calls.create++
          expect(options.group_id).toBe('g')
          return buildGroup('g', [job(0, 'QUEUED'), job(1, 'QUEUED')])
        },
        async get(group_id) {
          return buildGroup(group_id, states[Math.min(calls.get++, states.length - 1)] ?? [])
        },
      },
      async *results(jobOrId): AsyncGenerator<BatchResult> {
        const id = typeof jobOrId === 'string' ? jobOrId : jobOrId.id
        calls.results.push(id)
        yield { custom_id: `${id}-a`, ok: true }
        yield { custom_id: `${id}-b`, ok: false, error: 'boom' }
      },
    },
  }
  return { client, calls }
}

const PROGRESS = [
  [job(0, 'RUNNING'), job(1, 'QUEUED')],
  [job(0, 'RUNNING'), job(1, 'QUEUED')],
  [job(0, 'SUCCESS', 2), job(1, 'RUNNING', 1)],
  [job(0, 'SUCCESS', 2), job(1, 'SUCCESS', 2)],
]

/** The example's pipeline: submit, wait, collect; `written` records every write call. */
async function pipeline(step: WorkflowStep, client: WorkflowClient, written: string[]) {
  const group = await submitGroup(step, client, {
    input: () => '{"custom_id":"a","body":{}}\n',
    endpoint: '/v1/chat/completions',
    group_id: 'g',
  })
  const done = await waitForGroup(step, client, group, { intervalMs: 1_000, maxIntervalMs: 4_000 })
  return collectGroupResults(step, client, done, {
    write: async (shard: ShardInfo, results) => {
      for await (const r of results) written.push(`${shard.index}:${r.custom_id}`)
    },
  })
}

describe('submitGroup, waitForGroup, collectGroupResults', () => {
  it('submit in a step, sleep with the backoff between polls, collect each shard in its own step', async () => {
    const { step, ran, sleeps } = journalStep()
    const { client, calls } = fakeClient(PROGRESS)
    const written: string[] = []
    const summary = await pipeline(step, client, written)
    expect(ran).toEqual([
      'mistral-batch: submit group g',
      'mistral-batch: poll group g #0',
      'mistral-batch: poll group g #1',
      'mistral-batch: poll group g #2',
      'mistral-batch: poll group g #3',
      'mistral-batch: collect group g shard 0',
      'mistral-batch: collect group g shard 1',
    ])
    // 1 s, then ×1.5 for the poll that changed nothing, then back to 1 s after a change.
    expect(sleeps.map(([, ms]) => ms)).toEqual([1_000, 1_500, 1_000])
    expect(sleeps[0]?.[0]).toBe('mistral-batch: wait for group g #0')
    expect([calls.create, calls.get]).toEqual([1, 4])
    expect(written).toEqual(['0:j0-a', '0:j0-b', '1:j1-a', '1:j1-b'])
    expect(summary).toMatchObject({ group_id: 'g', status: 'SUCCESS', results: 4, succeeded: 2, failed: 2 })
    expect(summary.shards.map((s) => [s.index, s.job_id, s.status, s.results])).toEqual([
      [0, 'j0', 'SUCCESS', 2],
      [1, 'j1', 'SUCCESS', 2],
    ])
  })

  it('replays after an eviction mid-wait: same sleeps, no second submit, every shard written once', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    try {
      const first = journalStep(undefined, { sleep: 2 })
      const { client, calls } = fakeClient(PROGRESS)
      const written: string[] = []
      await expect(pipeline(first.step, client, written)).rejects.toThrow('evicted')
      expect([calls.create, calls.get, written.length]).toEqual([1, 2, 0])

      // Hours later, on another clock: the replay must not compute anything from the time.
      vi.setSystemTime(new Date('2026-01-02T05:00:00Z'))
      const second = journalStep(first.journal)
      const summary = await pipeline(second.step, client, written)
      expect(second.ran).toEqual([
        'mistral-batch: poll group g #2',
        'mistral-batch: poll group g #3',
        'mistral-batch: collect group g shard 0',
        'mistral-batch: collect group g shard 1',
      ])
      expect(second.sleeps).toEqual([
        ['mistral-batch: wait for group g #0', 1_000],
        ['mistral-batch: wait for group g #1', 1_500],
        ['mistral-batch: wait for group g #2', 1_000],
      ])
      expect([calls.create, calls.get]).toEqual([1, 4])
      expect(written).toEqual(['0:j0-a', '0:j0-b', '1:j1-a', '1:j1-b'])
      expect(summary.results).toBe(4)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a collect step that fails is retried alone: finished shards are not read again', async () => {
    const { step, journal } = journalStep()
    const { client, calls } = fakeClient(PROGRESS.slice(3))
    const written: string[] = []
    let failOnce = true
    const group = await submitGroup(step, client, {
      input: () => 'x',
      endpoint: '/v1/embeddings',
      group_id: 'g',
    })
    const done = await waitForGroup(step, client, group)
    const write = async (shard: ShardInfo, results: AsyncIterable<BatchResult>) => {
      if (shard.index === 1 && failOnce) {
        failOnce = false
        throw new Error('R2 is down')
      }
      for await (const r of results) written.push(r.custom_id)
    }
    await expect(collectGroupResults(step, client, done, { write })).rejects.toThrow('R2 is down')
    const summary = await collectGroupResults(journalStep(journal).step, client, done, { write })
    expect(calls.results).toEqual(['j0', 'j1'])
    expect(written).toEqual(['j0-a', 'j0-b', 'j1-a', 'j1-b'])
    expect(summary.shards.map((s) => s.results)).toEqual([2, 2])
  })

  it('passes each helper its step config', async () => {
    const { step, configs } = journalStep()
    const { client } = fakeClient(PROGRESS.slice(3))
    const config = { retries: { limit: 2, delay: 1_000 }, timeout: '30 minutes' }
    const group = await submitGroup(step, client, {
      input: () => 'x',
      endpoint: '/v1/embeddings',
      group_id: 'g',
      step: config,
    })
    const done = await waitForGroup(step, client, group, { step: config })
    await collectGroupResults(step, client, done, { write: async () => {}, step: config })
    expect(configs).toEqual([config, config, config, config])
  })
})
