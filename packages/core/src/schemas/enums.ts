import * as v from 'valibot'

/**
 * An enum the server may grow (contract §4: the official spec marks these `x-speakeasy-unknown-values:
 * allow`). Known values keep their literal types for autocomplete; an unknown future value parses as a
 * plain string instead of failing the whole response.
 */
export function openEnum<T extends readonly string[]>(): v.GenericSchema<string, T[number] | (string & {})> {
  // A plain string check at runtime (no pipe/transform: fewer bytes); the literal union is type-level only,
  // so the list of values is a type argument and the array itself is not kept in the bundle.
  return v.string() as v.GenericSchema<string, T[number] | (string & {})>
}

export const BATCH_JOB_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLATION_REQUESTED',
  'CANCELLED',
] as const
export const BatchJobStatusSchema = openEnum<typeof BATCH_JOB_STATUSES>()
export type BatchJobStatus = v.InferOutput<typeof BatchJobStatusSchema>

/** The statuses after which a job never changes again (contract §4). */
export const TERMINAL_STATUSES = ['SUCCESS', 'FAILED', 'TIMEOUT_EXCEEDED', 'CANCELLED'] as const
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number]

/** An unknown status is treated as not terminal, so a client keeps watching rather than stopping early. */
export function isTerminalStatus(status: string | undefined | null): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status ?? '')
}

export const API_ENDPOINTS = [
  '/v1/chat/completions',
  '/v1/embeddings',
  '/v1/fim/completions',
  '/v1/moderations',
  '/v1/chat/moderations',
  '/v1/ocr',
  '/v1/classifications',
  '/v1/chat/classifications',
  '/v1/conversations',
  '/v1/audio/transcriptions',
] as const
/** Strict on the way out: a request names one of the ten batchable endpoints. */
export const ApiEndpointSchema = v.picklist(API_ENDPOINTS)
export type ApiEndpoint = v.InferOutput<typeof ApiEndpointSchema>

export const FILE_PURPOSES = ['fine-tune', 'batch', 'ocr'] as const
export const FilePurposeSchema = openEnum<typeof FILE_PURPOSES>()
export type FilePurpose = v.InferOutput<typeof FilePurposeSchema>

export const SAMPLE_TYPES = ['pretrain', 'instruct', 'batch_request', 'batch_result', 'batch_error'] as const
export const SampleTypeSchema = openEnum<typeof SAMPLE_TYPES>()
export type SampleType = v.InferOutput<typeof SampleTypeSchema>

export const FILE_SOURCES = ['upload', 'repository', 'mistral'] as const
export const FileSourceSchema = openEnum<typeof FILE_SOURCES>()
export type FileSource = v.InferOutput<typeof FileSourceSchema>

export const FILE_VISIBILITIES = ['workspace', 'user'] as const
export const FileVisibilitySchema = openEnum<typeof FILE_VISIBILITIES>()
export type FileVisibility = v.InferOutput<typeof FileVisibilitySchema>
