import type { BatchJob } from '../schemas/job'
import { FINAL_KEY, GROUP_KEY, SHARD_KEY } from './keys'
import { kit } from './kit-slot'
import type { BatchGroup, GroupStatus } from './types'

/** The job's shard index in group `group_id`, or undefined when the job is not one of its shards. */
export function shardOf(job: BatchJob, group_id: string): number | undefined {
  const metadata = job.metadata
  if (metadata?.[GROUP_KEY] !== group_id) return undefined
  const raw = metadata[SHARD_KEY]
  const index = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
  return index
}

/**
 * The group's view from its jobs (any order, any extra): one job per shard, in shard order. Should two
 * jobs claim one shard (two processes creating the same group at once), the first created is the shard's
 * and the other is left out, so results stay once per custom_id.
 */
export function buildGroup(group_id: string, found: Iterable<BatchJob>): BatchGroup {
  const byShard = new Map<number, BatchJob>()
  for (const job of found) {
    const index = shardOf(job, group_id)
    if (index === undefined) continue
    const other = byShard.get(index)
    const earlier =
      other &&
      (other.created_at < job.created_at || (other.created_at === job.created_at && other.id < job.id))
    if (!earlier) byShard.set(index, job)
  }
  const jobs = [...byShard.keys()].sort((a, b) => a - b).map((index) => byShard.get(index) as BatchJob)
  const last = jobs.findIndex((job) => job.metadata?.[FINAL_KEY] === 'true')
  // Complete when the final shard's job exists and every index before it has one (jobs is sorted).
  const shards = last === -1 ? null : Number(jobs[last]?.metadata?.[SHARD_KEY]) + 1
  const complete =
    shards !== null && jobs.length >= shards && shardOf(jobs[shards - 1] as BatchJob, group_id) === shards - 1
  const sum = (field: 'total_requests' | 'completed_requests' | 'succeeded_requests' | 'failed_requests') =>
    jobs.reduce((n, job) => n + job[field], 0)
  const ids = (status: string) => jobs.filter((job) => job.status === status).map((job) => job.id)
  return {
    id: group_id,
    object: 'batch_group',
    status: statusOf(jobs, complete),
    complete,
    shards,
    jobs,
    total_requests: sum('total_requests'),
    completed_requests: sum('completed_requests'),
    succeeded_requests: sum('succeeded_requests'),
    failed_requests: sum('failed_requests'),
    failed_jobs: ids('FAILED'),
    timed_out_jobs: ids('TIMEOUT_EXCEEDED'),
    cancelled_jobs: ids('CANCELLED'),
  }
}

function statusOf(jobs: readonly BatchJob[], complete: boolean): GroupStatus {
  const has = (status: string) => jobs.some((job) => job.status === status)
  const open = jobs.filter((job) => !kit().isTerminalStatus(job.status))
  if (open.length > 0) {
    if (open.some((job) => job.status === 'RUNNING')) return 'RUNNING'
    if (open.every((job) => job.status === 'CANCELLATION_REQUESTED')) return 'CANCELLATION_REQUESTED'
    return jobs.some((job) => job.status !== 'QUEUED') ? 'RUNNING' : 'QUEUED'
  }
  if (!complete) return 'SUBMITTING'
  if (jobs.every((job) => job.status === 'SUCCESS')) return 'SUCCESS'
  return has('CANCELLED') ? 'CANCELLED' : has('FAILED') ? 'FAILED' : 'TIMEOUT_EXCEEDED'
}
