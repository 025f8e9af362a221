import type { JobProgress } from './useBatchJob'

/** The counters a job and a group share (a group's are summed over its jobs). */
interface Counters {
  total_requests: number
  completed_requests: number
  succeeded_requests: number
  failed_requests: number
}

/** A job's or a group's counters as progress; `fraction` is 0 while `total` is still 0 (validation). */
export function toProgress(counters: Counters): JobProgress {
  const total = counters.total_requests
  const completed = counters.completed_requests
  return {
    total,
    completed,
    succeeded: counters.succeeded_requests,
    failed: counters.failed_requests,
    fraction: total > 0 ? Math.min(1, completed / total) : 0,
  }
}
