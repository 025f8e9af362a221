import type { CallOptions } from '../http/request'
import type { ObserveOptions } from '../observe/poll-delay'
import { createPoller } from '../observe/poller'
import { createPollerCache } from '../observe/poller-cache'
import type { Observer, SnapshotMeta } from '../observe/types'
import { isTerminalStatus } from '../schemas/enums'
import { groupProgressKey } from './progress-key'
import type { BatchGroup } from './types'

export interface GroupSnapshot extends SnapshotMeta {
  readonly group: BatchGroup | undefined
}

export type GroupObserver = Observer<GroupSnapshot>

/** Groups' counterpart of the jobs' observer registry: the same poller, keyed by group id. */
export function createGroupObservers(
  get: (group_id: string, options: CallOptions) => Promise<BatchGroup>,
  gcTimeMs = 300_000,
) {
  const lookup = createPollerCache(gcTimeMs)
  /**
   * The one shared observer for `group_id` on this client, as `jobs.observe` is for a job: one request
   * stream (a group poll lists the group's jobs) however many subscribe; it stops at a terminal status.
   */
  return function observe(group_id: string, options?: ObserveOptions): GroupObserver {
    const observer = lookup(`group:${group_id}`, (revive) =>
      createPoller<BatchGroup, GroupSnapshot>({
        fetch: (signal) => get(group_id, { signal }),
        progressKey: groupProgressKey,
        isDone: (group) => isTerminalStatus(group.status),
        toSnapshot: (meta, group) => ({ ...meta, group }),
        options,
        onActive: revive,
      }),
    )
    if (options) observer.setOptions(options)
    return observer
  }
}
