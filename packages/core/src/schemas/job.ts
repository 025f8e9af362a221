import * as v from 'valibot'
import { BatchJobStatusSchema } from './open-enums'

/**
 * A JSON object whose keys are not known in advance (metadata, a request body, an inline output). Its type
 * is `Record<string, unknown>`; `looseObject({})` checks the same thing as `record(string(), unknown())`
 * with fewer bytes, and the request-body schemas use it already.
 */
const anyObject = v.looseObject({})

/** `BatchError` (contract §3.6). */
export const BatchErrorSchema = v.object({ message: v.string(), count: v.optional(v.number(), 1) })
export type BatchError = v.InferOutput<typeof BatchErrorSchema>

/** `BatchJob` (contract §3.6). `endpoint` is a plain string in responses (contract §11.7). */
export const BatchJobSchema = v.object({
  id: v.string(),
  object: v.optional(v.string(), 'batch'),
  input_files: v.optional(v.array(v.string()), []),
  metadata: v.nullish(anyObject),
  endpoint: v.string(),
  model: v.nullish(v.string()),
  agent_id: v.nullish(v.string()),
  output_file: v.nullish(v.string()),
  error_file: v.nullish(v.string()),
  errors: v.optional(v.array(BatchErrorSchema), []),
  outputs: v.nullish(v.array(anyObject)),
  status: BatchJobStatusSchema,
  created_at: v.number(),
  // "Mistral reports total_requests 0 until validation ends" (contract §3.6): 0 is not "empty".
  total_requests: v.number(),
  completed_requests: v.number(),
  succeeded_requests: v.number(),
  failed_requests: v.number(),
  started_at: v.nullish(v.number()),
  completed_at: v.nullish(v.number()),
})
export type BatchJob = v.InferOutput<typeof BatchJobSchema>

/** `ListBatchJobsResponse`: `data` may be missing on an empty list (contract §11.6). */
export const BatchJobListSchema = v.object({
  data: v.optional(v.array(BatchJobSchema), []),
  object: v.optional(v.string(), 'list'),
  total: v.number(),
})
export type BatchJobList = v.InferOutput<typeof BatchJobListSchema>

/** One line of a batch input file, or one inline request (contract §6). */
export const BatchRequestSchema = v.object({
  custom_id: v.nullish(v.string()),
  body: anyObject,
})
export type BatchRequest = v.InferOutput<typeof BatchRequestSchema>
