import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob, BatchJobList } from '../schemas/job'
import type { ObserveOptions } from './poll-delay'
import { createPoller } from './poller'
import { createPollerCache } from './poller-cache'
import { listProgressKey, progressKey } from './progress'
import { stableKey } from './stable-key'
import type { JobObserver, JobSnapshot, ListObserver, ListSnapshot, ObservableJobsApi } from './types'

/** Options of `createObserverRegistry`. */
export interface ObserverRegistryOptions {
  /**
   * How long an observer with no subscriber stays cached, so a remount reuses its data. Collection is
   * lazy (checked on each `observe` call), so it never needs a timer. Defaults to 300_000.
   */
  gcTimeMs?: number
}

export interface ObserverRegistry<P> {
  /**
   * The one shared observer for `job_id` on this client. `options`, when given, become its defaults
   * (`setOptions`); a subscriber's own options go to `subscribe(listener, options)`.
   */
  observe(job_id: string, options?: ObserveOptions): JobObserver
  /** The one shared observer for a list query, keyed by its params (key order does not matter). */
  observeList(params: P, options?: ObserveOptions): ListObserver
}

/**
 * The observers of one client: at most one per job id and one per list query. A job observer stops at a
 * terminal status. A list observer never stops on its own, since a query can gain jobs at any time; it
 * backs off while the page's ids, statuses, counters and `total` stay the same.
 */
export function createObserverRegistry<P>(
  api: ObservableJobsApi<P>,
  registryOptions: ObserverRegistryOptions = {},
): ObserverRegistry<P> {
  const lookup = createPollerCache(registryOptions.gcTimeMs ?? 300_000)

  return {
    observe(job_id, options) {
      const key = `job:${job_id}`
      const observer = lookup(key, (revive) =>
        createPoller<BatchJob, JobSnapshot>({
          fetch: (signal) => api.get(job_id, { signal }),
          progressKey,
          isDone: (job) => isTerminalStatus(job.status),
          toSnapshot: (meta, job) => ({ ...meta, job }),
          options,
          onActive: revive,
        }),
      )
      if (options) observer.setOptions(options)
      return observer
    },
    observeList(params, options) {
      const key = `list:${stableKey(params)}`
      const observer = lookup(key, (revive) =>
        createPoller<BatchJobList, ListSnapshot>({
          fetch: (signal) => api.list(params, { signal }),
          progressKey: listProgressKey,
          isDone: () => false,
          toSnapshot: (meta, list) => ({ ...meta, jobs: list?.data ?? EMPTY, total: list?.total ?? 0 }),
          options,
          onActive: revive,
        }),
      )
      if (options) observer.setOptions(options)
      return observer
    },
  }
}

const EMPTY: readonly BatchJob[] = Object.freeze([])
