import { InputValidationError, type ValidationIssue } from '../errors'
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

/** Checks what the contract states before anything is sent (§3.1, §9, §11.3); names each bad field. */
export function checkCreateJob(params: CreateJobParams): void {
  const issues: ValidationIssue[] = []
  const add = (path: string, message: string) => issues.push({ path, message: `${path} ${message}` })
  if (!(API_ENDPOINTS as readonly string[]).includes(params.endpoint))
    add('endpoint', 'is not one of API_ENDPOINTS')
  const hasFiles = params.input_files != null
  const hasRequests = params.requests != null
  // The schema does not say it, but a job needs exactly one source (contract §11.3).
  if (hasFiles === hasRequests) add('input_files', 'or requests: give exactly one')
  if ((params.requests?.length ?? 0) > 10_000) add('requests', 'must be at most 10,000')
  const hours = params.timeout_hours
  if (hours !== undefined && !(Number.isInteger(hours) && hours >= 1 && hours <= 168)) {
    add('timeout_hours', 'must be an integer 1-168')
  }
  for (const [key, value] of Object.entries(params.metadata ?? {})) {
    const bad = !key || key.length > 32 || typeof value !== 'string' || !value || value.length > 512
    if (bad) add(`metadata.${key}`, 'needs a 1-32 char key and a 1-512 char string value')
  }
  if (issues.length > 0) {
    throw new InputValidationError(issues.map((i) => i.message).join('; '), issues)
  }
}
