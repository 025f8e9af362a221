import { jsonOf } from '../http/parse'
import { pathId } from '../http/path'
import { toDate, toQuery } from '../http/query'
import { randomId } from '../http/random-id'
import type { CallOptions, Requester } from '../http/request'
import { checkCreateJob, checkGetJobOptions, checkListJobsParams } from '../input/checks'
import { DeletedSchema } from '../schemas/file'
import { type BatchJob, type BatchJobList, BatchJobListSchema, BatchJobSchema } from '../schemas/job'
import type { CreateJobParams } from './create-job-input'
import { pagePromise } from './page'
import type { GetJobOptions, ListJobsParams } from './params'
import { createWait } from './wait'

export type { CreateJobParams } from './create-job-input'
export type { GetJobOptions, ListJobsParams } from './params'

/**
 * The metadata key that marks a created job so that, after an ambiguous failure, the client can find it
 * instead of creating a duplicate (API.md "Retries and exactly-once"). 29 chars: within the 32 of §9.
 */
export const IDEMPOTENCY_KEY = 'mistral_batch_idempotency_key'
/** The lookup's `created_after` reaches back this far, to tolerate clock skew between client and server. */
const LOOKUP_SKEW_MS = 10 * 60_000

/** One page of `GET /v1/batch/jobs`: `jobs.list` (here and client.ts) builds its PagePromise over it. */
export async function jobsPage(
  request: Requester,
  params: ListJobsParams,
  options: CallOptions | undefined,
  page: number,
): Promise<BatchJobList> {
  // Checked per page, inside the promise: bad params reject the await rather than throw synchronously.
  checkListJobsParams(params)
  const { metadata, created_after, status, ...rest } = params ?? {}
  const statuses = typeof status === 'string' ? [status] : status
  const after = toDate(created_after, 'created_after')
  const query = toQuery({ ...rest, page, created_after: after, status: statuses }, metadata)
  return request(
    { method: 'GET', path: `/v1/batch/jobs${query}`, parse: jsonOf(BatchJobListSchema) },
    options,
  )
}

/** `client.batch.jobs`: create, get, list, cancel, delete and wait (contract §3). */
export function createJobs(request: Requester) {
  const byId = (job_id: string, suffix = '') => `/v1/batch/jobs/${pathId(job_id, 'job_id')}${suffix}`
  const get = async (job_id: string, options: GetJobOptions = {}) => {
    checkGetJobOptions(options)
    return request(
      {
        method: 'GET',
        path: byId(job_id, toQuery({ inline: options.inline })),
        parse: jsonOf(BatchJobSchema),
      },
      options,
    )
  }

  const list = (params: ListJobsParams = {}, options?: CallOptions) =>
    pagePromise<BatchJobList, BatchJob>(
      (page) => jobsPage(request, params, options, page),
      params?.page,
      params?.page_size,
    )

  return {
    /**
     * Creates a batch job (`POST /v1/batch/jobs`). Validated before sending (InputValidationError names
     * the field). The job carries `metadata[IDEMPOTENCY_KEY]`, a random id: after an ambiguous failure the
     * client lists recent jobs with that metadata, checks each one client-side (the server's metadata
     * filter is unverified, §3.2), and returns the job it finds rather than creating a second one.
     */
    async create(params: CreateJobParams, options?: CallOptions): Promise<BatchJob> {
      checkCreateJob(params)
      const token = params.metadata?.[IDEMPOTENCY_KEY] ?? randomId()
      const body = { ...params, metadata: { ...params.metadata, [IDEMPOTENCY_KEY]: token } }
      const since = new Date(Date.now() - LOOKUP_SKEW_MS)
      const reconcile = async (signal: AbortSignal | undefined) => {
        const lookup = { metadata: { [IDEMPOTENCY_KEY]: token }, created_after: since }
        for await (const job of list(lookup, { ...options, signal })) {
          if (job.metadata?.[IDEMPOTENCY_KEY] === token) return job
        }
        return undefined
      }
      // A POST, so not idempotent: an ambiguous failure goes through `reconcile` (see Spec.idempotent).
      const spec = {
        method: 'POST',
        path: '/v1/batch/jobs',
        json: body,
        parse: jsonOf(BatchJobSchema),
      } as const
      return request({ ...spec, reconcile }, options)
    },
    /** Gets one job (`GET /v1/batch/jobs/{id}`); `inline: true` asks for results in `outputs` (§3.3). */
    get,
    /** Lists jobs: await it for one page, or `for await` it for every job of every page. */
    list,
    /** Requests cancellation (`POST /v1/batch/jobs/{id}/cancel`); safe to retry, so it is. */
    cancel: async (job_id: string, options?: CallOptions): Promise<BatchJob> =>
      request(
        { method: 'POST', path: byId(job_id, '/cancel'), parse: jsonOf(BatchJobSchema), idempotent: true },
        options,
      ),
    /** Requests deletion (`DELETE /v1/batch/jobs/{id}`). */
    delete: async (job_id: string, options?: CallOptions) =>
      request({ method: 'DELETE', path: byId(job_id), parse: jsonOf(DeletedSchema) }, options),
    /** Polls `get` until the job reaches a terminal status; see WaitOptions. */
    wait: createWait(get),
  }
}

export type Jobs = ReturnType<typeof createJobs>
