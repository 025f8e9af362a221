import type { CallOptions, Requester } from '../http/request'
import type { Files } from '../resources/files'
import type { Jobs } from '../resources/jobs'
import type { BatchResult } from '../results/result'
import type { BatchJob } from '../schemas/job'

/** What groups and retries use of the client: its request function, files, jobs and results. */
export interface ScaleDeps {
  request: Requester
  files: Pick<Files, 'upload' | 'list'>
  jobs: Pick<Jobs, 'create' | 'get' | 'list' | 'cancel'>
  results: (jobOrId: BatchJob | string, options?: CallOptions) => AsyncIterable<BatchResult>
}
