import { type BatchJob, isTerminalStatus } from '@mistral-batch/core'

/** One observation of a job's progress: when (ms since the epoch) and how many requests were done. */
export interface Sample {
  readonly t: number
  readonly completed: number
}

/** The most samples kept per job; older ones are thinned out, the first (the start) is kept. */
const MAX_SAMPLES = 240
/** The window the current rate is measured over, so the ETA follows speed changes. */
const RATE_WINDOW_MS = 30_000

/**
 * `samples` with `job` observed at `nowMs` added, or the same array when nothing moved. A started job is
 * anchored at (started_at, 0) so a job first seen half-done still draws from its start; a finished job
 * ends at completed_at rather than at the moment we happened to look.
 */
export function addSample(samples: readonly Sample[], job: BatchJob, nowMs: number): readonly Sample[] {
  let next = samples
  if (next.length === 0 && job.started_at) next = [{ t: job.started_at * 1000, completed: 0 }]
  const last = next.at(-1)
  if (last && last.completed === job.completed_requests) return next
  const t = isTerminalStatus(job.status) && job.completed_at ? job.completed_at * 1000 : nowMs
  next = [...next, { t: Math.max(t, last?.t ?? t), completed: job.completed_requests }]
  if (next.length > MAX_SAMPLES) next = [next[0] as Sample, ...next.slice(-(MAX_SAMPLES - 1))]
  return next
}

export interface Throughput {
  /** Requests per second, or null while there is nothing to measure. */
  rate: number | null
  /** Seconds until every request is done at the current rate, or null (not running, or no rate yet). */
  etaSeconds: number | null
}

/** The current throughput and ETA of a job from its samples (recent window first, whole run second). */
export function estimateThroughput(job: BatchJob, samples: readonly Sample[], nowMs: number): Throughput {
  const last = samples.at(-1)
  let rate: number | null = null
  if (last) {
    const windowStart = samples.find((s) => s.t >= last.t - RATE_WINDOW_MS && s.t < last.t)
    if (windowStart && last.completed > windowStart.completed) {
      rate = ((last.completed - windowStart.completed) * 1000) / (last.t - windowStart.t)
    }
  }
  if (rate === null && job.started_at && job.completed_requests > 0) {
    const end = job.completed_at ? job.completed_at * 1000 : nowMs
    const elapsed = (end - job.started_at * 1000) / 1000
    if (elapsed > 0) rate = job.completed_requests / elapsed
  }
  const remaining = job.total_requests - job.completed_requests
  const running = job.status === 'RUNNING'
  const etaSeconds = running && rate && rate > 0 && remaining > 0 ? remaining / rate : null
  return { rate, etaSeconds }
}
