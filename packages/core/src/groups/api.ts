import type { CallOptions } from '../http/request'
import type { BatchResult } from '../results/result'
import type { Retry, RetryFailedOptions } from '../retry-failed/types'
import type { BatchJob } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'
import type { ScaleDeps } from './deps'
import { createGroupObservers } from './observe'
import type { BatchGroup, CreateGroupOptions, GroupWaitOptions } from './types'

/*
 * Why every method awaits an import(): a user who never touches groups or retries should not download
 * them (API.md: at most 0.5 KB gzip up front). With a code-splitting bundler the implementations are one
 * lazy chunk, fetched on the first call; only these few lines and the observer's wiring load up front.
 * See validate/lazy.ts for why this is a wrapper and not a re-export.
 */
const load = () => import('./impl')

/** `client.batch.groups`: one logical batch over as many jobs as the limits need (API.md "Batch at scale"). */
export function createGroups(deps: ScaleDeps) {
  const get = async (group_id: string, options?: CallOptions): Promise<BatchGroup> =>
    (await load()).getGroup(deps, group_id, options)
  return {
    /** Shards the input, uploads each shard and creates its job; resumable by `group_id`. See CreateGroupOptions. */
    create: async (input: UploadInput, options: CreateGroupOptions): Promise<BatchGroup> =>
      (await load()).createGroup(deps, input, options),
    /** The group rebuilt from the server alone: its jobs found by their metadata, counters summed. */
    get,
    /** Polls `get` with the observers' backoff until the group is terminal; see GroupWaitOptions. */
    wait: async (group_id: string, options?: GroupWaitOptions): Promise<BatchGroup> =>
      (await load()).waitGroup(deps, group_id, options),
    /** Every shard's results, shard after shard, each custom_id once; call it after `wait`. */
    async *results(groupOrId: BatchGroup | string, options?: CallOptions): AsyncGenerator<BatchResult> {
      yield* (await load()).groupResults(deps, groupOrId, options)
    },
    /** Requests cancellation of every job of the group that is not terminal; returns the group. */
    cancel: async (group_id: string, options?: CallOptions): Promise<BatchGroup> =>
      (await load()).cancelGroup(deps, group_id, options),
    /** The one shared observer of a group on this client, as `jobs.observe` is for a job. */
    observe: createGroupObservers(get),
  }
}

/**
 * `client.batch.retryFailed`: a new job (or group) of only the failed requests of a finished job or
 * group, with their original bodies; calling it again returns the same retry. See RetryFailedOptions.
 */
export function createRetryFailed(deps: ScaleDeps) {
  return async (jobOrGroup: BatchJob | BatchGroup | string, options?: RetryFailedOptions): Promise<Retry> =>
    (await load()).retryFailed(deps, jobOrGroup, options)
}
