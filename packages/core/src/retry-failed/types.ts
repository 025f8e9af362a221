import type { BatchGroup } from '../groups/types'
import type { CallOptions } from '../http/request'
import type { BatchJob } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'

/** Options of `batch.retryFailed`. */
export interface RetryFailedOptions extends CallOptions {
  /**
   * The original requests of an inline job (anything `files.upload` takes): an inline job's bodies are not
   * on the server, so retrying one needs them. Ignored for a job made from files. Defaults to none.
   */
  input?: UploadInput | undefined
  /** As for `groups.create`, when the failed requests are many. Defaults to 100_000. */
  maxRequestsPerJob?: number | undefined
  /** As for `groups.create`. Defaults to 511_000_000. */
  maxBytesPerFile?: number | undefined
  /** Integer 1–168 for the retry's jobs. Defaults to 24 (server side). */
  timeout_hours?: number | undefined
}

/** The retry: one job when its requests fit one, else a group; null when nothing failed. */
export type Retry = BatchJob | BatchGroup | null
