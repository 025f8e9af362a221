// Explicit named exports only: internals stay internal, and unused parts tree-shake away.

export { type ClientOptions, createClient, type MistralBatchClient, preloadClient } from './client'
export {
  ApiError,
  ConnectionError,
  InputValidationError,
  isApiError,
  isConnectionError,
  isInputValidationError,
  isMistralBatchError,
  isResponseValidationError,
  isTimeoutError,
  MistralBatchError,
  ResponseValidationError,
  TimeoutError,
  type ValidationIssue,
} from './errors'
export type { GroupObserver, GroupSnapshot } from './groups/observe'
export type {
  BatchGroup,
  CreateGroupOptions,
  GroupProgress,
  GroupStatus,
  GroupWaitOptions,
} from './groups/types'
export type { CallOptions, Interceptors } from './http/request'
export type { RetryOptions } from './http/retry'
export { jsonlStream, toJsonl } from './jsonl/encode'
export { type ParsedJsonl, type ParseJsonlOptions, parseJsonl } from './jsonl/parse'
export type { JsonlChunk, JsonlSource } from './jsonl/source'
export type {
  JobObserver,
  JobSnapshot,
  ListObserver,
  ListSnapshot,
  ObservableJobsApi,
  ObserveOptions,
  Observer,
  ObserverStatus,
  SnapshotMeta,
} from './observe'
export type { ListFilesParams, SignedUrlOptions } from './resources/files'
export type { CreateJobParams, GetJobOptions, ListJobsParams } from './resources/jobs'
export type { PagePromise } from './resources/page'
export type { WaitOptions } from './resources/wait'
export type { BatchResult } from './results/result'
export type { Retry, RetryFailedOptions } from './retry-failed/types'
export { INLINE_MAX_BYTES, INLINE_MAX_REQUESTS } from './run/inline'
export type { RunOptions } from './run/run'
export {
  API_ENDPOINTS,
  type ApiEndpoint,
  BATCH_JOB_STATUSES,
  type BatchJobStatus,
  type FilePurpose,
  type FileSource,
  type FileVisibility,
  isTerminalStatus,
  type SampleType,
  TERMINAL_STATUSES,
  type TerminalStatus,
} from './schemas/enums'
export type {
  Deleted,
  FileList,
  FileObject,
  RetrievedFile,
  SignedUrl,
} from './schemas/file'
export type { BatchError, BatchJob, BatchJobList, BatchRequest } from './schemas/job'
export type { ResultLine } from './schemas/result'
export type { UploadInput } from './upload/to-blob'
export type { UploadOptions } from './upload/upload'
export { validateBatchInput } from './validate/lazy'
export {
  BATCH_FILE_REQUESTS_WARNING,
  MAX_BATCH_FILE_BYTES,
  MAX_BATCH_FILE_REQUESTS,
} from './validate/limits'
export type { BatchInputReport, ValidateBatchInputOptions } from './validate/validate-input'
