import { groupProgressKey } from '../groups/progress-key'
import type { BatchGroup } from '../groups/types'
import type { ObserveOptions } from '../observe/poll-delay'
import { isTerminalStatus } from '../schemas/enums'
import { batchKeys } from './keys'
import { type BatchQueryOptions, pollingQueryOptions } from './polling'

/** What `batchGroupQueryOptions` needs from a client: `createClient()`'s result, or a wrapper of it. */
export interface GroupQueryClient {
  batch: { groups: { get(group_id: string, options: { signal: AbortSignal }): Promise<BatchGroup> } }
}

/**
 * TanStack Query options for one group (`client.batch.groups.get`): `data` is the BatchGroup. It backs
 * off while the status, completeness and every job's counters stay the same, stops at a terminal group
 * status (never while a shard is still `SUBMITTING`), and a terminal group is fresh forever. `options` as
 * for `batchJobQueryOptions` (`intervalMs` defaults to 2_000, `maxIntervalMs` to 30_000).
 */
export function batchGroupQueryOptions(
  client: GroupQueryClient,
  group_id: string,
  options?: ObserveOptions,
): BatchQueryOptions<BatchGroup, ReturnType<typeof batchKeys.group>> {
  return pollingQueryOptions({
    queryKey: batchKeys.group(group_id),
    fetch: (signal) => client.batch.groups.get(group_id, { signal }),
    progressKey: groupProgressKey,
    isDone: (group) => isTerminalStatus(group.status),
    options,
  })
}
