import { beforeAll, describe, expect, it } from 'vitest'
import type { BatchJob } from '../schemas/job'
import { buildGroup } from './group'
import { kit } from './kit'
import { setKit } from './kit-slot'

let seq = 0
function job(shard: number, status: string, extra: Partial<BatchJob> & { final?: boolean } = {}): BatchJob {
  const { final, ...rest } = extra
  seq++
  return {
    id: `j${seq}`,
    object: 'batch',
    input_files: [],
    endpoint: '/v1/chat/completions',
    errors: [],
    status,
    created_at: seq,
    total_requests: 10,
    completed_requests: status === 'SUCCESS' ? 10 : 0,
    succeeded_requests: status === 'SUCCESS' ? 10 : 0,
    failed_requests: 0,
    metadata: {
      mistral_batch_group: 'g',
      mistral_batch_shard: String(shard),
      ...(final ? { mistral_batch_final: 'true' } : {}),
    },
    ...rest,
  }
}

// The lazy chunk's modules get the client's helpers when it loads (kit.ts); here, directly.
beforeAll(() => setKit(kit))

describe('buildGroup', () => {
  it('orders jobs by shard, sums counters and is SUCCESS when every shard succeeded', () => {
    const group = buildGroup('g', [job(1, 'SUCCESS', { final: true }), job(0, 'SUCCESS')])
    expect(group.jobs.map((j) => j.metadata?.mistral_batch_shard)).toEqual(['0', '1'])
    expect(group).toMatchObject({
      status: 'SUCCESS',
      complete: true,
      shards: 2,
      total_requests: 20,
      succeeded_requests: 20,
    })
  })
  it('is SUBMITTING, not terminal, while a shard has no job, even when every job present is done', () => {
    expect(buildGroup('g', [job(0, 'SUCCESS')])).toMatchObject({
      status: 'SUBMITTING',
      complete: false,
      shards: null,
    })
    expect(buildGroup('g', [job(0, 'SUCCESS'), job(2, 'SUCCESS', { final: true })])).toMatchObject({
      status: 'SUBMITTING',
      complete: false,
      shards: 3,
    })
    expect(buildGroup('g', [])).toMatchObject({ status: 'SUBMITTING', jobs: [] })
  })
  it('is RUNNING while any job runs, QUEUED while all are queued', () => {
    expect(buildGroup('g', [job(0, 'QUEUED'), job(1, 'QUEUED', { final: true })]).status).toBe('QUEUED')
    expect(buildGroup('g', [job(0, 'SUCCESS'), job(1, 'QUEUED', { final: true })]).status).toBe('RUNNING')
    expect(buildGroup('g', [job(0, 'NEW_STATUS'), job(1, 'SUCCESS', { final: true })]).status).toBe('RUNNING')
  })
  it('reports the jobs that failed, timed out or were cancelled, CANCELLED first', () => {
    const jobs = [job(0, 'FAILED'), job(1, 'TIMEOUT_EXCEEDED'), job(2, 'CANCELLED', { final: true })]
    const group = buildGroup('g', jobs)
    expect(group).toMatchObject({
      status: 'CANCELLED',
      failed_jobs: [jobs[0]?.id],
      timed_out_jobs: [jobs[1]?.id],
      cancelled_jobs: [jobs[2]?.id],
    })
    expect(buildGroup('g', jobs.slice(0, 2).concat(job(2, 'SUCCESS', { final: true }))).status).toBe('FAILED')
  })
  it('keeps the first created job of a shard and ignores jobs of other groups or without a shard', () => {
    const first = job(0, 'SUCCESS', { final: true })
    const second = job(0, 'SUCCESS', { final: true })
    const other = job(1, 'SUCCESS', { metadata: { mistral_batch_group: 'h', mistral_batch_shard: '1' } })
    const bad = job(1, 'SUCCESS', { metadata: { mistral_batch_group: 'g', mistral_batch_shard: '1x' } })
    const group = buildGroup('g', [second, other, bad, first])
    expect(group.jobs.map((j) => j.id)).toEqual([first.id])
    expect(group.complete).toBe(true)
  })
})
