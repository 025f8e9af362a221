import type { BatchJob, BatchJobList } from '../schemas/job'

/**
 * What shows a job's progress: its id, status and counters. Two polls with the same key changed nothing,
 * so both `jobs.wait` and the observers back off between them.
 */
export const progressKey = (job: BatchJob): string =>
  `${job.id}:${job.status}:${job.total_requests}:${job.completed_requests}:${job.succeeded_requests}:${job.failed_requests}`

/** A list page's progress: its `total` and every job's key, in order. */
export const listProgressKey = (list: BatchJobList): string =>
  `${list.total}|${list.data.map(progressKey).join(',')}`
