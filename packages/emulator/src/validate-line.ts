import type { ValidationIssue } from '@mistral-batch/core'
import { validateRequestBody } from '@mistral-batch/core/validate'

/**
 * Every endpoint's request schema requires `model` except `/v1/conversations`, which may name an agent
 * instead (contract batch-endpoints.openapi.yaml `required:` lists). Core's validator lets `model` be
 * absent because a job can name it (§6); by the time a line runs, the job's model has been filled in,
 * so a body still without one really is invalid.
 */
const MODEL_OPTIONAL = new Set(['/v1/conversations'])

/**
 * The one seam between the emulator and core's per-endpoint body validation. Returns the issues with
 * `body` for `endpoint`, paths starting `body.`; only `error` issues fail a line.
 */
export function validateLine(endpoint: string, body: Record<string, unknown>): ValidationIssue[] {
  const issues = validateRequestBody(endpoint, body)
  if (body.model === undefined && !MODEL_OPTIONAL.has(endpoint)) {
    issues.push({ path: 'body.model', message: `body.model is required for ${endpoint}`, severity: 'error' })
  }
  return issues
}
