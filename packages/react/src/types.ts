import type {
  BatchGroup,
  BatchJob,
  BatchResult,
  CallOptions,
  FileObject,
  GroupObserver,
  JobObserver,
  ListJobsParams,
  ListObserver,
  ObserveOptions,
  UploadInput,
  UploadOptions,
} from '@mistral-batch/core'

/**
 * The part of a core client the hooks use. `createClient()`'s result fits it; so does a hand-made fake in
 * tests, or a client wrapped with your own logging.
 */
export interface BatchClientLike {
  batch: {
    results(jobOrId: BatchJob | string, options?: CallOptions): AsyncIterable<BatchResult>
    jobs: {
      observe(job_id: string, options?: ObserveOptions): JobObserver
      observeList(params: ListJobsParams, options?: ObserveOptions): ListObserver
      cancel(job_id: string): Promise<BatchJob>
    }
    /** For useBatchGroup only; a client without it works with every other hook. */
    groups?: {
      observe(group_id: string, options?: ObserveOptions): GroupObserver
      cancel(group_id: string): Promise<BatchGroup>
    }
  }
  files: {
    upload(input: UploadInput, options?: UploadOptions): Promise<FileObject>
  }
}
