/*
 * The enums' values and types, with no valibot: the client's up-front code (isTerminalStatus) and the
 * public entry import this module, so anything it imported would load with the client's first chunk.
 * Their response schemas are in open-enums.ts.
 */

/*
 * An enum the server may grow (contract §4: the official spec marks these `x-speakeasy-unknown-values:
 * allow`) is typed `(typeof VALUES)[number] | (string & {})`: known values keep their literal types for
 * autocomplete, an unknown future one is a plain string. Spelled out, not a generic alias, so the types of
 * a client a user infers name only what the package exports.
 */

export const BATCH_JOB_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCESS',
  'FAILED',
  'TIMEOUT_EXCEEDED',
  'CANCELLATION_REQUESTED',
  'CANCELLED',
] as const
/** A job status; an unknown future one is a plain string (see open-enums.ts). */
export type BatchJobStatus = (typeof BATCH_JOB_STATUSES)[number] | (string & {})

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
export type ApiEndpoint = (typeof API_ENDPOINTS)[number]

export const FILE_PURPOSES = ['fine-tune', 'batch', 'ocr'] as const
export type FilePurpose = (typeof FILE_PURPOSES)[number] | (string & {})

export const SAMPLE_TYPES = ['pretrain', 'instruct', 'batch_request', 'batch_result', 'batch_error'] as const
export type SampleType = (typeof SAMPLE_TYPES)[number] | (string & {})

export const FILE_SOURCES = ['upload', 'repository', 'mistral'] as const
export type FileSource = (typeof FILE_SOURCES)[number] | (string & {})

export const FILE_VISIBILITIES = ['workspace', 'user'] as const
export type FileVisibility = (typeof FILE_VISIBILITIES)[number] | (string & {})
