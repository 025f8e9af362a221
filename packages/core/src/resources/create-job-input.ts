import * as v from 'valibot'
import { invalidInput } from '../errors'
import { checkInput } from '../input/check-input'
import { integerIn, nonEmptyString, plainRecord } from '../input/fields'
import { API_ENDPOINTS, type ApiEndpoint } from '../schemas/enums'
import type { BatchRequest } from '../schemas/job'

/** Body of `POST /v1/batch/jobs` (contract §3.1). Exactly one of `input_files` and `requests`. */
export interface CreateJobParams {
  /** One of the ten batchable endpoints (API_ENDPOINTS). */
  endpoint: ApiEndpoint
  /** The model for every request; optional when each body names one. Defaults to none. */
  model?: string | undefined
  /** For the deprecated agents API. Defaults to none. */
  agent_id?: string | undefined
  /** Ids of uploaded JSONL files (purpose 'batch'); exactly one of this and `requests`. Defaults to none. */
  input_files?: readonly string[] | undefined
  /** Inline requests, at most 10,000; exactly one of this and `input_files`. Defaults to none. */
  requests?: readonly BatchRequest[] | undefined
  /** Keys 1–32 chars, string values 1–512 chars. The client adds one key of its own (see jobs.create). Defaults to none. */
  metadata?: Record<string, string> | undefined
  /** Integer 1–168. Defaults to 24 (server side). */
  timeout_hours?: number | undefined
}

const METADATA = 'needs a 1-32 char key and a 1-512 char string value'

/** `BatchRequest` as a caller must give it: an object whose `body` is an object (contract §3.1, §6). */
export const BatchRequestInputSchema = v.object({
  custom_id: v.nullish(v.string()),
  body: plainRecord(v.string(), v.unknown()),
})

/** Job metadata (§3.1, §9): an object of 1–32 char keys to 1–512 char strings. */
export const MetadataInputSchema = v.optional(
  plainRecord(
    v.pipe(
      v.string(),
      v.check((key) => key.length >= 1 && key.length <= 32, METADATA),
    ),
    v.pipe(
      v.string(),
      v.check((value) => value.length >= 1 && value.length <= 512, METADATA),
    ),
  ),
)

/** The job fields `batch.run` shares with `jobs.create`: all but the request source. */
export const JobFieldsSchema = v.object({
  endpoint: v.pipe(
    v.string(),
    v.check((e) => (API_ENDPOINTS as readonly string[]).includes(e), 'is not one of API_ENDPOINTS'),
  ),
  model: v.optional(nonEmptyString),
  agent_id: v.optional(nonEmptyString),
  metadata: MetadataInputSchema,
  timeout_hours: v.optional(integerIn(1, 168)),
})

const CreateJobSchema = v.object({
  ...JobFieldsSchema.entries,
  input_files: v.nullish(
    v.pipe(
      v.array(nonEmptyString),
      v.check((list) => list.length > 0, 'must hold at least one file id'),
    ),
  ),
  requests: v.nullish(
    v.pipe(
      v.array(BatchRequestInputSchema),
      v.check((list) => list.length > 0, 'must hold at least one request'),
      v.check((list) => list.length <= 10_000, 'must be at most 10,000'),
    ),
  ),
})

/** Checks what the contract states before anything is sent (§3.1, §9, §11.3); names each bad field. */
export function checkCreateJob(params: CreateJobParams): void {
  const checked = checkInput(CreateJobSchema, params, '', 'params')
  // The schema does not say it, but a job needs exactly one source (contract §11.3).
  if ((checked.input_files == null) === (checked.requests == null))
    invalidInput('input_files', 'input_files or requests: give exactly one')
}
