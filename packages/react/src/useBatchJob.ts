import { type BatchJob, isTerminalStatus, type JobSnapshot } from '@mistral-batch/core'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useBatchClient } from './context'
import { toProgress } from './progress'
import { useObserver } from './useObserver'

/** Options of `useBatchJob`. */
export interface UseBatchJobOptions {
  /** The first wait between polls, and the wait after any change. Defaults to 2_000. */
  intervalMs?: number
  /** The longest wait between polls while nothing changes. Defaults to 30_000. */
  maxIntervalMs?: number
  /** `false` subscribes to nothing (no polling). Defaults to true. */
  enabled?: boolean
  /** Called once per job id, when this hook first sees the job in a terminal status. Defaults to none. */
  onSettled?: (job: BatchJob) => void
}

/** The job's counters; `fraction` is `completed / total`, 0 while `total` is still 0 (validation). */
export interface JobProgress {
  total: number
  completed: number
  succeeded: number
  failed: number
  fraction: number
}

export interface UseBatchJobResult extends Omit<JobSnapshot, 'job'> {
  job: BatchJob | undefined
  isTerminal: boolean
  /** null until the job has loaded. */
  progress: JobProgress | null
  /** Polls now (joining a poll in flight); resolves with the job. */
  refetch: () => Promise<BatchJob | undefined>
  /** Requests cancellation, then polls so the new status shows at once. */
  cancel: () => Promise<BatchJob>
}

const IDLE: JobSnapshot = Object.freeze({
  job: undefined,
  error: null,
  status: 'idle',
  isFetching: false,
  updatedAt: 0,
})

/** Watches one batch job through the client's shared observer. A null or undefined id means idle. */
export function useBatchJob(
  job_id: string | null | undefined,
  options: UseBatchJobOptions = {},
): UseBatchJobResult {
  const { intervalMs, maxIntervalMs, enabled = true, onSettled } = options
  const client = useBatchClient()
  const observer = useMemo(() => (job_id ? client.batch.jobs.observe(job_id) : null), [client, job_id])
  const snapshot = useObserver(observer, IDLE, { enabled, intervalMs, maxIntervalMs })
  const { job } = snapshot
  const isTerminal = isTerminalStatus(job?.status)

  const onSettledRef = useRef(onSettled)
  const settledId = useRef<string | null>(null)
  useEffect(() => {
    onSettledRef.current = onSettled
  })
  useEffect(() => {
    if (!job || !isTerminal || settledId.current === job.id) return
    settledId.current = job.id
    onSettledRef.current?.(job)
  }, [job, isTerminal])

  const progress = useMemo(() => (job ? toProgress(job) : null), [job])
  const refetch = useCallback(async () => (observer ? (await observer.refetch()).job : undefined), [observer])
  const cancel = useCallback(async () => {
    if (!job_id || !observer) throw new Error('useBatchJob: cancel() needs a job_id')
    const cancelled = await client.batch.jobs.cancel(job_id)
    void observer.refetch()
    return cancelled
  }, [client, job_id, observer])

  return { ...snapshot, job, isTerminal, progress, refetch, cancel }
}
