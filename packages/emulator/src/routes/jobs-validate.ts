import type { DetailItem } from '../http'
import { ENDPOINTS } from '../models'
import { isRecord } from '../models/text'
import { enumIssue } from '../query'
import { checkMetadata, issue } from './metadata'

/** A create-job body that passed the checks of contract §3.1 and §9. */
export interface CreateJobBody {
  endpoint: string
  input_files: string[] | null
  requests: { custom_id?: string | null; body: Record<string, unknown> }[] | null
  model: string | null
  agent_id: string | null
  metadata: Record<string, string> | null
  timeout_hours: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function optionalString(body: Record<string, unknown>, key: string, issues: DetailItem[]): string | null {
  const value = body[key]
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  issues.push(issue('string_type', ['body', key], 'Input should be a valid string', value))
  return null
}

function checkRequests(value: unknown, max: number, issues: DetailItem[]): CreateJobBody['requests'] {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value)) {
    issues.push(issue('list_type', ['body', 'requests'], 'Input should be a valid list', value))
    return null
  }
  if (value.length > max) {
    const msg = `List should have at most ${max} items after validation, not ${value.length}`
    issues.push({ ...issue('too_long', ['body', 'requests'], msg, '[…]'), ctx: { max_length: max } })
    return null
  }
  value.forEach((request: unknown, index) => {
    const loc = ['body', 'requests', index]
    if (!isRecord(request)) {
      issues.push(issue('model_type', loc, 'Input should be an object', request))
      return
    }
    if (!isRecord(request.body)) {
      issues.push(
        issue(
          request.body === undefined ? 'missing' : 'dict_type',
          [...loc, 'body'],
          'Input should be a valid dictionary',
          request.body ?? null,
        ),
      )
    }
    const id = request.custom_id
    if (id !== undefined && id !== null && typeof id !== 'string') {
      issues.push(issue('string_type', [...loc, 'custom_id'], 'Input should be a valid string', id))
    }
  })
  return value as CreateJobBody['requests']
}

function checkInputFiles(value: unknown, issues: DetailItem[]): string[] | null {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value)) {
    issues.push(issue('list_type', ['body', 'input_files'], 'Input should be a valid list', value))
    return null
  }
  value.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !UUID.test(id)) {
      issues.push(issue('uuid_parsing', ['body', 'input_files', index], 'Input should be a valid UUID', id))
    }
  })
  return value as string[]
}

/** Shape checks of `CreateBatchJobRequest`; returns FastAPI-style issues, or the typed body. */
export function checkCreateBody(body: unknown, maxInline: number): CreateJobBody | DetailItem[] {
  if (!isRecord(body))
    return [issue('model_attributes_type', ['body'], 'Input should be a valid dictionary', body)]
  const issues: DetailItem[] = []
  const endpoint = body.endpoint
  if (endpoint === undefined || endpoint === null)
    issues.push(issue('missing', ['body', 'endpoint'], 'Field required', null))
  else if (typeof endpoint !== 'string' || !ENDPOINTS.includes(endpoint)) {
    issues.push(enumIssue(['body', 'endpoint'], endpoint, ENDPOINTS))
  }
  const input_files = checkInputFiles(body.input_files, issues)
  const requests = checkRequests(body.requests, maxInline, issues)
  const hasFiles = body.input_files !== undefined && body.input_files !== null
  const hasRequests = body.requests !== undefined && body.requests !== null
  if (hasFiles === hasRequests) {
    const msg = hasFiles
      ? 'Value error, provide either input_files or requests, not both'
      : 'Value error, either input_files or requests must be provided'
    issues.push(
      issue('value_error', ['body'], msg, { input_files: body.input_files, requests: body.requests }),
    )
  }
  const timeout = body.timeout_hours ?? 24
  if (typeof timeout !== 'number' || !Number.isInteger(timeout)) {
    issues.push(issue('int_type', ['body', 'timeout_hours'], 'Input should be a valid integer', timeout))
  } else if (timeout < 1 || timeout > 168) {
    const low = timeout < 1
    const msg = low
      ? 'Input should be greater than or equal to 1'
      : 'Input should be less than or equal to 168'
    issues.push({
      ...issue(low ? 'greater_than_equal' : 'less_than_equal', ['body', 'timeout_hours'], msg, timeout),
      ctx: low ? { ge: 1 } : { le: 168 },
    })
  }
  const model = optionalString(body, 'model', issues)
  const agent_id = optionalString(body, 'agent_id', issues)
  const metadata = checkMetadata(body.metadata, issues)
  if (issues.length > 0) return issues
  return {
    endpoint: endpoint as string,
    input_files,
    requests,
    model,
    agent_id,
    metadata,
    timeout_hours: timeout as number,
  }
}
