import type { CallOptions } from '../http/request'
import { loadOnFirstNext } from '../results/load-on-next'
import type { BatchResult } from '../results/result'
import type { ScaleDeps } from './deps'
import { createGroupObservers } from './observe'
import type { BatchGroup } from './types'

/*
 * Why every method awaits an import(): a user who never touches groups or retries should not download
 * them (API.md: at most 0.5 KB gzip up front). With a code-splitting bundler the implementations are one
 * lazy chunk, fetched on the first call; only these few lines and the observer's wiring load up front.
 * See validate/lazy.ts for why this is a wrapper and not a re-export, and kit.ts for what the chunk gets.
 */
type Impl = typeof import('./impl')
const load = () =>
  Promise.all([import('./impl'), import('./kit')]).then(([chunk, { kit }]) => {
    chunk.setKit(kit)
    return chunk
  })

/** The chunk's function `name`, called with the client's deps first. */
type Lazy<K extends keyof Impl> = Impl[K] extends (deps: ScaleDeps, ...args: infer A) => infer R
  ? (...args: A) => R
  : never
const lazy = <K extends keyof Impl>(deps: ScaleDeps, name: K): Lazy<K> =>
  (async (...args: unknown[]) =>
    ((await load())[name] as (...all: unknown[]) => unknown)(deps, ...args)) as Lazy<K>

/** `client.batch.groups`: one logical batch over as many jobs as the limits need (API.md "Batch at scale"). */
export function createGroups(deps: ScaleDeps) {
  const get = lazy(deps, 'getGroup')
  return {
    /** Shards the input, uploads each shard and creates its job; resumable by `group_id`. See CreateGroupOptions. */
    create: lazy(deps, 'createGroup'),
    /** The group rebuilt from the server alone: its jobs found by their metadata, counters summed. */
    get,
    /** Polls `get` with the observers' backoff until the group is terminal; see GroupWaitOptions. */
    wait: lazy(deps, 'waitGroup'),
    /** Every shard's results, shard after shard, each custom_id once; call it after `wait`. */
    // Handed straight to the loaded generator: no `yield*` layer per result (results/load-on-next.ts).
    results: (groupOrId: BatchGroup | string, options?: CallOptions): AsyncGenerator<BatchResult> =>
      loadOnFirstNext(async () => (await load()).groupResults(deps, groupOrId, options)),
    /** Requests cancellation of every job of the group that is not terminal; returns the group. */
    cancel: lazy(deps, 'cancelGroup'),
    /** The one shared observer of a group on this client, as `jobs.observe` is for a job. */
    observe: createGroupObservers(get),
  }
}

/**
 * `client.batch.retryFailed(jobOrGroup, options?)`: a new job (or group) of only the failed requests of a
 * finished job or group, with their original bodies; calling it again returns the same retry (null when
 * nothing failed). `jobOrGroup` is a job id, a BatchJob, or a BatchGroup (from `groups.get` or `wait`).
 * See RetryFailedOptions.
 */
export const createRetryFailed = (deps: ScaleDeps) => lazy(deps, 'retryFailed')
