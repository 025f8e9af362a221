import type { BatchJob, ListJobsParams, ListSnapshot } from '@mistral-batch/core'
import { useCallback, useMemo } from 'react'
import { useBatchClient } from './context'
import { useObserver } from './useObserver'

/** Options of `useBatchJobs`. */
export interface UseBatchJobsOptions {
  /** The first wait between polls, and the wait after any change. Defaults to 2_000. */
  intervalMs?: number
  /** The longest wait between polls while nothing changes. Defaults to 30_000. */
  maxIntervalMs?: number
  /** `false` subscribes to nothing (no polling). Defaults to true. */
  enabled?: boolean
}

export interface UseBatchJobsResult extends ListSnapshot {
  /** Polls now (joining a poll in flight); resolves with the page's jobs. */
  refetch: () => Promise<readonly BatchJob[]>
}

const IDLE: ListSnapshot = Object.freeze({
  jobs: Object.freeze([]),
  total: 0,
  error: null,
  status: 'idle',
  isFetching: false,
  updatedAt: 0,
})

/**
 * Watches one page of `GET /v1/batch/jobs` (every filter of `jobs.list`, `page` and `page_size` included).
 * New params (compared by value) switch to that query's shared observer; the old one stops when it has
 * no other subscriber.
 */
export function useBatchJobs(
  params: ListJobsParams = {},
  options: UseBatchJobsOptions = {},
): UseBatchJobsResult {
  const { intervalMs, maxIntervalMs, enabled = true } = options
  const client = useBatchClient()
  const key = JSON.stringify(params)
  // biome-ignore lint/correctness/useExhaustiveDependencies: params are compared by value, through `key`.
  const observer = useMemo(() => client.batch.jobs.observeList(params), [client, key])
  const snapshot = useObserver(observer, IDLE, { enabled, intervalMs, maxIntervalMs })
  const refetch = useCallback(async () => (await observer.refetch()).jobs, [observer])
  return { ...snapshot, refetch }
}
