import type { BatchGroup, BatchResult } from '@mistral-batch/core'
import { useEffect, useState } from 'react'
import { useClient } from './client-context'

/** What {@link useGroupResults} has read so far. */
export interface GroupResults {
  rows: BatchResult[]
  status: 'idle' | 'loading' | 'done' | 'error'
  error: unknown
}

const IDLE: GroupResults = { rows: [], status: 'idle', error: null }

/**
 * Streams `client.batch.groups.results(group)` (every shard's results, each custom_id once) once the
 * group is terminal; aborts the download when the component goes or the group changes.
 */
export function useGroupResults(group: BatchGroup | undefined, terminal: boolean): GroupResults {
  const client = useClient()
  const [state, setState] = useState<GroupResults>(IDLE)
  const groupId = terminal ? group?.id : undefined
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per terminal group, not per poll
  useEffect(() => {
    if (!group || !groupId) return setState(IDLE)
    const controller = new AbortController()
    const rows: BatchResult[] = []
    setState({ rows, status: 'loading', error: null })
    void (async () => {
      try {
        for await (const row of client.batch.groups.results(group, { signal: controller.signal })) {
          rows.push(row)
          // A new array per batch of rows, so React sees the change without copying on every line.
          if (rows.length % 100 === 0) setState({ rows: rows.slice(), status: 'loading', error: null })
        }
        if (!controller.signal.aborted) setState({ rows: rows.slice(), status: 'done', error: null })
      } catch (error) {
        if (!controller.signal.aborted) setState({ rows: rows.slice(), status: 'error', error })
      }
    })()
    return () => controller.abort()
  }, [client, groupId])
  return state
}
