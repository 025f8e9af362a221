// `@mistral-batch/core/query`: TanStack Query options as plain objects (no TanStack dependency).
export { batchGroupQueryOptions, type GroupQueryClient } from './group'
export { batchJobQueryOptions, type JobQueryClient } from './job'
export { batchJobsQueryOptions, type JobsQueryClient } from './jobs'
export { batchKeys } from './keys'
export { type BatchQueryOptions, pollingQueryOptions, type QueryLike } from './polling'
