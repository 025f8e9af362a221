import { createGroup } from '../groups/create'
import type { ScaleDeps } from '../groups/deps'
import { FINAL_KEY, GROUP_KEY, RETRY_OF_KEY, SHARD_KEY } from '../groups/keys'
import { kit } from '../groups/kit-slot'
import { getGroup } from '../groups/read'
import type { BatchGroup } from '../groups/types'
import type { ApiEndpoint } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'
import { failedIds } from './failed-ids'
import { originalLines } from './original-lines'
import type { Retry, RetryFailedOptions } from './types'

/**
 * `batch.retryFailed`: submits the failed requests of a finished job or group again, as a new job (or a
 * group, when they exceed one job's limits) whose jobs carry `mistral_batch_retry_of: <source id>`.
 *
 * The retry is itself a group with a fixed id, `retry-<source id>`, so it is found again from the server:
 * calling this twice returns the first retry instead of making a second, and a call that crashed midway is
 * resumed (the failed requests come out in the same order every time, so they shard the same way).
 */
export async function retryFailed(
  deps: ScaleDeps,
  jobOrGroup: BatchJob | BatchGroup | string,
  options: RetryFailedOptions = {},
): Promise<Retry> {
  const { input, maxRequestsPerJob, maxBytesPerFile, timeout_hours, ...call } = options
  const { invalidInput, isTerminalStatus, IDEMPOTENCY_KEY } = kit()
  const reserved = new Set([IDEMPOTENCY_KEY, GROUP_KEY, SHARD_KEY, FINAL_KEY, RETRY_OF_KEY])
  const source = await resolve(deps, jobOrGroup, call)
  if (!isTerminalStatus(source.status)) {
    invalidInput(
      'jobOrGroup',
      `${source.id} is ${source.status}, not finished: wait for it (jobs.wait or groups.wait) before retrying its failed requests`,
    )
  }
  if (input === undefined && source.jobs.some((job) => job.input_files.length === 0)) {
    invalidInput(
      'input',
      `job ${source.id} was created with inline requests, whose bodies are not on the server: pass the original requests as options.input`,
    )
  }
  const group_id = `retry-${source.id}`
  const earlier = await getGroup(deps, group_id, call)
  if (earlier.complete) return single(earlier)
  const jobs: { job: BatchJob; failed: Set<string> }[] = []
  for (const job of source.jobs) jobs.push({ job, failed: await failedIds(deps, job, call) })
  if (jobs.every(({ failed }) => failed.size === 0)) return null
  const first = source.jobs[0] as BatchJob
  const metadata: Record<string, string> = {}
  for (const [key, value] of Object.entries(first.metadata ?? {})) {
    if (!reserved.has(key) && typeof value === 'string') metadata[key] = value
  }
  const group = await createGroup(
    deps,
    originalLines(deps, jobs, input, call),
    {
      ...call,
      endpoint: first.endpoint as ApiEndpoint,
      model: first.model ?? undefined,
      metadata,
      timeout_hours,
      group_id,
      maxRequestsPerJob,
      maxBytesPerFile,
    },
    { [RETRY_OF_KEY]: source.id },
  )
  return single(group)
}

/** A job id, a job or a group, as one id, status and list of jobs. */
async function resolve(
  deps: ScaleDeps,
  jobOrGroup: BatchJob | BatchGroup | string,
  call: RetryFailedOptions,
): Promise<{ id: string; status: string; jobs: BatchJob[] }> {
  if (typeof jobOrGroup === 'string') jobOrGroup = await deps.jobs.get(jobOrGroup, call)
  if (typeof jobOrGroup !== 'object' || jobOrGroup === null || typeof jobOrGroup.id !== 'string') {
    return kit().invalidInput('jobOrGroup', 'jobOrGroup must be a job id, a BatchJob or a BatchGroup')
  }
  if ('jobs' in jobOrGroup) return { id: jobOrGroup.id, status: jobOrGroup.status, jobs: jobOrGroup.jobs }
  return { id: jobOrGroup.id, status: jobOrGroup.status, jobs: [jobOrGroup] }
}

/** A retry that fits one job is that job; a bigger one stays a group. */
const single = (group: BatchGroup): BatchJob | BatchGroup =>
  group.complete && group.jobs.length === 1 ? (group.jobs[0] as BatchJob) : group
