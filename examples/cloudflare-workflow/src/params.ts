import { API_ENDPOINTS, type ApiEndpoint } from '@mistral-batch/core'

/** What a pipeline runs on: the Workflow's params, stored with the instance. */
export interface PipelineParams {
  /** The key of the JSONL input in the R2 bucket. */
  input: string
  /** Shared by every job of the group; a new instance with the same one resumes it. */
  group_id: string
  endpoint: ApiEndpoint
  model: string
  /** Requests per job. Defaults to 100_000. */
  max_requests_per_job?: number
}

/**
 * Reads `POST /pipelines`' JSON body: `{ input, endpoint?, model?, group_id?, max_requests_per_job? }`.
 * The group id defaults to one derived from the new instance's id, so that the Workflow's steps, retried
 * or replayed, always resume the same group. Returns an error message for a bad body.
 */
export function pipelineParams(body: unknown, instanceId: string): PipelineParams | string {
  if (typeof body !== 'object' || body === null) return 'the body must be a JSON object'
  const {
    input,
    endpoint = '/v1/chat/completions',
    model = 'mistral-small-latest',
  } = body as Record<string, unknown>
  const { group_id = `pipeline-${instanceId}`, max_requests_per_job } = body as Record<string, unknown>
  if (typeof input !== 'string' || input === '') return 'input must be the key of a JSONL file in the bucket'
  if (!API_ENDPOINTS.includes(endpoint as ApiEndpoint))
    return `endpoint must be one of ${API_ENDPOINTS.join(', ')}`
  if (typeof model !== 'string') return 'model must be a string'
  if (typeof group_id !== 'string' || !/^[\w-]{1,64}$/.test(group_id))
    return 'group_id must be 1-64 of [A-Za-z0-9_-]'
  const params: PipelineParams = { input, group_id, endpoint: endpoint as ApiEndpoint, model }
  if (max_requests_per_job !== undefined) {
    if (!Number.isInteger(max_requests_per_job) || (max_requests_per_job as number) < 1) {
      return 'max_requests_per_job must be a positive integer'
    }
    params.max_requests_per_job = max_requests_per_job as number
  }
  return params
}
