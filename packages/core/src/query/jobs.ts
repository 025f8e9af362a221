import type { ObserveOptions } from '../observe/poll-delay'
import { listProgressKey } from '../observe/progress'
import type { ListJobsParams } from '../resources/jobs'
import type { BatchJobList } from '../schemas/job'
import { batchKeys } from './keys'
import { type BatchQueryOptions, pollingQueryOptions } from './polling'

/** What `batchJobsQueryOptions` needs from a client: `createClient()`'s result, or a wrapper of it. */
export interface JobsQueryClient {
  batch: {
    jobs: { list(params: ListJobsParams, options: { signal: AbortSignal }): PromiseLike<BatchJobList> }
  }
}

/**
 * TanStack Query options for one page of `jobs.list(params)`; `data` is `{ data, object, total }`. A list
 * can gain jobs at any time, so it never stops polling on its own; it backs off while the page's ids,
 * statuses, counters and `total` stay the same, as `observeList` does. `options` as for
 * `batchJobQueryOptions` (`intervalMs` defaults to 2_000, `maxIntervalMs` to 30_000).
 */
export function batchJobsQueryOptions(
  client: JobsQueryClient,
  params: ListJobsParams = {},
  options?: ObserveOptions,
): BatchQueryOptions<BatchJobList, ReturnType<typeof batchKeys.jobList>> {
  return pollingQueryOptions({
    queryKey: batchKeys.jobList(params),
    // Awaiting the page promise gives the first page only, never the whole list.
    fetch: async (signal) => await client.batch.jobs.list(params, { signal }),
    progressKey: listProgressKey,
    isDone: () => false,
    options,
  })
}
