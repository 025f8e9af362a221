import type { ObserveOptions } from '../observe/poll-delay'
import { progressKey } from '../observe/progress'
import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'
import { batchKeys } from './keys'
import { type BatchQueryOptions, pollingQueryOptions } from './polling'

/** What `batchJobQueryOptions` needs from a client: `createClient()`'s result, or a wrapper of it. */
export interface JobQueryClient {
  batch: { jobs: { get(job_id: string, options: { signal: AbortSignal }): Promise<BatchJob> } }
}

/**
 * TanStack Query options for one job: `useQuery(batchJobQueryOptions(client, job_id))`. It polls with
 * the observers' backoff while the counters stand still, stops for good at a terminal status, and a
 * terminal job is fresh forever (`staleTime: Infinity`). `options` are the observers' `intervalMs`
 * (defaults to 2_000) and `maxIntervalMs` (defaults to 30_000).
 */
export function batchJobQueryOptions(
  client: JobQueryClient,
  job_id: string,
  options?: ObserveOptions,
): BatchQueryOptions<BatchJob, ReturnType<typeof batchKeys.job>> {
  return pollingQueryOptions({
    queryKey: batchKeys.job(job_id),
    fetch: (signal) => client.batch.jobs.get(job_id, { signal }),
    progressKey,
    isDone: (job) => isTerminalStatus(job.status),
    options,
  })
}
