export { BatchClientProvider, useBatchClient } from './context'
export type { BatchClientLike } from './types'
export { type UseBatchGroupOptions, type UseBatchGroupResult, useBatchGroup } from './useBatchGroup'
export { type JobProgress, type UseBatchJobOptions, type UseBatchJobResult, useBatchJob } from './useBatchJob'
export { type UseBatchJobsOptions, type UseBatchJobsResult, useBatchJobs } from './useBatchJobs'
export {
  type BatchResultsStatus,
  type UseBatchResultsOptions,
  type UseBatchResultsResult,
  useBatchResults,
} from './useBatchResults'
export {
  type UploadProgress,
  type UploadStatus,
  type UseUploadBatchResult,
  useUploadBatch,
} from './useUploadBatch'
