import type { CallOptions } from '../http/request'
import type { BatchJobStatus, FilePurpose, FileSource, SampleType } from '../schemas/enums'

/** Query of `GET /v1/batch/jobs` (contract §3.2). */
export interface ListJobsParams {
  /** Zero-based page. Defaults to 0. */
  page?: number | undefined
  /** Jobs per page. Defaults to 100 (the server's default). */
  page_size?: number | undefined
  /** Only jobs for this model. Defaults to none. */
  model?: string | undefined
  /** Only jobs for this agent. Defaults to none. */
  agent_id?: string | undefined
  /** Sent flattened as top-level keys (`{job_type:'x'}` → `job_type=x`), as the official SDKs do (§3.2). Defaults to none. */
  metadata?: Record<string, string | number | boolean> | undefined
  /** Jobs created after this instant; a Date or an ISO-8601 string. Defaults to none. */
  created_after?: Date | string | undefined
  /** Only the caller's own jobs. Defaults to false (server side). */
  created_by_me?: boolean | undefined
  /** One status or several (sent as repeated keys). Defaults to all. */
  status?: BatchJobStatus | readonly BatchJobStatus[] | undefined
  /** Defaults to '-created' (server side). */
  order_by?: 'created' | '-created' | undefined
}

/** Query of `GET /v1/files` (contract §2.2). */
export interface ListFilesParams {
  /** Zero-based page. Defaults to 0. */
  page?: number | undefined
  /** Files per page. Defaults to 100 (the server's default). */
  page_size?: number | undefined
  /** Ask the server to count `total`. Defaults to true (server side). */
  include_total?: boolean | undefined
  /** Only these sample types (repeated keys). Defaults to all. */
  sample_type?: readonly SampleType[] | undefined
  /** Only these sources (repeated keys). Defaults to all. */
  source?: readonly FileSource[] | undefined
  /** Search on the file name. Defaults to none. */
  search?: string | undefined
  /** Only files with this purpose. Defaults to all. */
  purpose?: FilePurpose | undefined
  /** Only these mimetypes (repeated keys). Defaults to all. */
  mimetypes?: readonly string[] | undefined
}

/** Options of `batch.jobs.get`. */
export interface GetJobOptions extends CallOptions {
  /** Ask for results inline, in the job's `outputs` (contract §3.3). Defaults to not sent (server: false). */
  inline?: boolean | undefined
}

/** Options of `files.signedUrl`. */
export interface SignedUrlOptions extends CallOptions {
  /** Hours before the URL expires, 1–168. Defaults to not sent (server: 24). */
  expiry?: number | undefined
}
