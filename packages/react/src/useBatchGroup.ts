import { type BatchGroup, type GroupSnapshot, isTerminalStatus } from '@mistral-batch/core'
import { useCallback, useMemo } from 'react'
import { useBatchClient } from './context'
import { toProgress } from './progress'
import type { JobProgress } from './useBatchJob'
import { useObserver } from './useObserver'

/** Options of `useBatchGroup`. */
export interface UseBatchGroupOptions {
  /** The first wait between polls, and the wait after any change. Defaults to 2_000. */
  intervalMs?: number
  /** The longest wait between polls while nothing changes. Defaults to 30_000. */
  maxIntervalMs?: number
  /** `false` subscribes to nothing (no polling). Defaults to true. */
  enabled?: boolean
}

export interface UseBatchGroupResult extends Omit<GroupSnapshot, 'group'> {
  group: BatchGroup | undefined
  /** True once every shard has a job and every job is terminal. */
  isTerminal: boolean
  /** The group's summed counters; null until it has loaded. */
  progress: JobProgress | null
  /** Polls now (joining a poll in flight); resolves with the group. */
  refetch: () => Promise<BatchGroup | undefined>
  /** Requests cancellation of every unfinished job, then polls so the new statuses show at once. */
  cancel: () => Promise<BatchGroup>
}

const IDLE: GroupSnapshot = Object.freeze({
  group: undefined,
  error: null,
  status: 'idle',
  isFetching: false,
  updatedAt: 0,
})

/**
 * Watches a group (`batch.groups`) through the client's one shared group observer, with the guarantees of
 * useBatchJob: one request stream however many components watch, none after the last unmounts, none on
 * the server. A null or undefined id means idle.
 */
export function useBatchGroup(
  group_id: string | null | undefined,
  options: UseBatchGroupOptions = {},
): UseBatchGroupResult {
  const { intervalMs, maxIntervalMs, enabled = true } = options
  const client = useBatchClient()
  const groups = client.batch.groups
  if (!groups)
    throw new Error(
      'useBatchGroup: this client has no batch.groups (use createClient from @mistral-batch/core)',
    )
  const observer = useMemo(() => (group_id ? groups.observe(group_id) : null), [groups, group_id])
  const snapshot = useObserver(observer, IDLE, { enabled, intervalMs, maxIntervalMs })
  const { group } = snapshot
  const progress = useMemo(() => (group ? toProgress(group) : null), [group])
  const refetch = useCallback(
    async () => (observer ? (await observer.refetch()).group : undefined),
    [observer],
  )
  const cancel = useCallback(async () => {
    if (!group_id || !observer) throw new Error('useBatchGroup: cancel() needs a group_id')
    const cancelled = await groups.cancel(group_id)
    void observer.refetch()
    return cancelled
  }, [groups, group_id, observer])
  return { ...snapshot, group, isTerminal: isTerminalStatus(group?.status), progress, refetch, cancel }
}
