import type { BatchResult } from '../results/result'
import type { ApiEndpoint } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'

/** A group as `groups.create` and `groups.get` answer it: its id and its jobs, one per shard, in shard order. */
export interface WorkflowGroup {
  id: string
  jobs: readonly BatchJob[]
}

/** The `groups.create` options a Workflow passes through (API.md "Batch at scale"). */
export interface WorkflowGroupOptions {
  /** One of the ten batchable endpoints. */
  endpoint: ApiEndpoint
  /** The model for every request. Defaults to none (each body names one). */
  model?: string | undefined
  /**
   * Required here, unlike in `groups.create`: a step that is retried (or replayed after a restart) must
   * resume the same group, never start a second one. Derive it from the instance (`event.instanceId`).
   */
  group_id: string
  /** Added to every job's metadata. Defaults to none. */
  metadata?: Record<string, string> | undefined
  /** Integer 1–168 per job. Defaults to 24 (server side). */
  timeout_hours?: number | undefined
  /** Requests per shard. Defaults to 100_000. */
  maxRequestsPerJob?: number | undefined
  /** Bytes per shard file. Defaults to just under 512 MB. */
  maxBytesPerFile?: number | undefined
}

/** The part of a client the Workflow helpers call: what `createClient` returns fits it. */
export interface WorkflowClient {
  batch: {
    groups: {
      create(input: UploadInput, options: WorkflowGroupOptions): Promise<WorkflowGroup>
      get(group_id: string): Promise<WorkflowGroup>
    }
    results(jobOrId: BatchJob | string): AsyncIterable<BatchResult>
  }
}
