import type { ScaleDeps } from '../groups/deps'
import type { CallOptions } from '../http/request'
import type { BatchJob } from '../schemas/job'

/**
 * The custom_ids of a job's failed requests: its error-file lines and its results that are not 2xx (or
 * inline outputs that failed), read once with `batch.results`. A line without a custom_id cannot be
 * matched with its request, so it is left out.
 */
export async function failedIds(deps: ScaleDeps, job: BatchJob, options: CallOptions): Promise<Set<string>> {
  const failed = new Set<string>()
  for await (const result of deps.results(job, options)) {
    if (!result.ok && result.custom_id !== '') failed.add(result.custom_id)
  }
  return failed
}
