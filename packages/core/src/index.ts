// Explicit named exports only: internals stay internal, and unused parts tree-shake away.

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
