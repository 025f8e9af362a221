import type { CallOptions } from '../http/request'
import type { WaitOptions } from '../resources/wait'
import type { ApiEndpoint, BatchJobStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'

/** What `groups.create` reports as it goes; every field only grows. */
export interface GroupProgress {
  /** Request lines read from the input so far. */
  requests_read: number
  /** Shards that have their job: created by this call, or found from an earlier run of the same group. */
  shards_submitted: number
  /** Bytes of shard files uploaded by this call. */
  bytes_sent: number
}

/** Options of `groups.create`. */
export interface CreateGroupOptions extends CallOptions {
  /** One of the ten batchable endpoints, for every job of the group. */
  endpoint: ApiEndpoint
  /** The model for every request. Defaults to none (each body names its own). */
  model?: string | undefined
  /** Metadata on every job (keys 1–32 chars, values 1–512); the `mistral_batch_*` keys are the client's. Defaults to none. */
  metadata?: Record<string, string> | undefined
  /** Integer 1–168, for every job. Defaults to 24 (server side). */
  timeout_hours?: number | undefined
  /**
   * The group's id: yours to choose and persist (letters, digits, `.`, `_`, `-`; up to 256). Calling
   * `create` again with the same id submits only the shards that have no job yet. Defaults to a random id.
   */
  group_id?: string | undefined
  /** Requests per shard, hence per job; a whole number from 1 to 1,000,000. Defaults to 100_000. */
  maxRequestsPerJob?: number | undefined
  /** Bytes per shard file; a whole number up to 512 MiB. A longer line is an error. Defaults to 511_000_000. */
  maxBytesPerFile?: number | undefined
  /** Called as lines are read, shards submitted and bytes sent. Defaults to none. */
  onProgress?: ((progress: GroupProgress) => void) | undefined
}

/**
 * A group's status: a job status summed over its jobs, or `SUBMITTING` while some shard has no job yet
 * (its `create` is still running, or crashed and waits for a re-run). Terminal only when every shard has
 * a job and every job is terminal: `SUCCESS` when all succeeded, otherwise `CANCELLED` if any job was
 * cancelled, `FAILED` if any failed, else `TIMEOUT_EXCEEDED`.
 */
export type GroupStatus = BatchJobStatus | 'SUBMITTING'

/** One logical batch spread over as many jobs as the limits need, rebuilt from the server alone. */
export interface BatchGroup {
  id: string
  object: 'batch_group'
  status: GroupStatus
  /** True once every shard, up to the last one, has a job. */
  complete: boolean
  /** The number of shards, once the last shard's job exists; null before. */
  shards: number | null
  /** One job per shard, in shard (input) order; a shard with no job yet is missing here. */
  jobs: BatchJob[]
  /** Counters summed over the jobs. */
  total_requests: number
  completed_requests: number
  succeeded_requests: number
  failed_requests: number
  /** Ids of the jobs that ended FAILED, TIMEOUT_EXCEEDED or CANCELLED. */
  failed_jobs: string[]
  timed_out_jobs: string[]
  cancelled_jobs: string[]
}

/** Options of `groups.wait`: as `jobs.wait`, with `onUpdate` called with the group after every poll. */
export type GroupWaitOptions = WaitOptions<BatchGroup>
