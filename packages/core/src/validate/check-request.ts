import type { ValidationIssue } from '../errors'
import { validateRequestBody } from './request-body'

/** Collects issues: keeps the first `max`, counts them all, and counts errors apart from warnings. */
export interface IssueSink {
  add(issue: ValidationIssue): void
}

/** What the per-line checks need to remember across lines. */
export interface LineContext {
  sink: IssueSink
  /** `undefined` when the endpoint is unknown: the body's shape is then not checked. */
  endpoint: string | undefined
  model: string | undefined
  /** custom_id → the line it was first seen on. */
  seen: Map<string, number>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** "an array", "a string", "null"…: what a person calls the value that was found instead. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  return type === 'object' ? 'an object' : `a ${type}`
}

/**
 * Checks one batch request (a parsed JSONL line, or an item of an iterable) for the shape of contract §6:
 * `{ custom_id?: string, body: object }`, a unique custom_id, and the body's shape for the endpoint.
 */
export function checkRequest(value: unknown, line: number, context: LineContext): void {
  const { sink, seen } = context
  const report = (path: string, message: string, id?: string, severity: 'error' | 'warning' = 'error') =>
    sink.add({ line, ...(id === undefined ? {} : { custom_id: id }), path, message, severity })

  if (!isObject(value)) {
    report('', `Each line must be a JSON object like {"custom_id": "1", "body": {…}}, not ${kindOf(value)}`)
    return
  }
  const { custom_id, body } = value
  let id: string | undefined
  // The spec allows `custom_id: null` (BatchRequest, contract §3.1); anything else must be a string.
  if (typeof custom_id === 'string') {
    id = custom_id
    const first = seen.get(id)
    if (first === undefined) seen.set(id, line)
    else report('custom_id', `duplicate custom_id "${id}" (first seen on line ${first})`, id)
  } else if (custom_id != null) {
    report('custom_id', `custom_id must be a string, not ${kindOf(custom_id)}`)
  }
  for (const key in value) {
    if (key !== 'custom_id' && key !== 'body')
      report(
        key,
        `"${key}" is not part of a Mistral batch line and is ignored: lines have only custom_id and body, the endpoint is set on the job`,
        id,
        'warning',
      )
  }
  if (body === undefined) {
    report('body', 'body is missing: each line needs the request body object', id)
    return
  }
  if (!isObject(body)) {
    report('body', `body must be an object, not ${kindOf(body)}`, id)
    return
  }
  if (context.endpoint !== undefined) {
    for (const issue of validateRequestBody(context.endpoint, body)) report(issue.path, issue.message, id)
  }
  if (context.model !== undefined && typeof body.model === 'string' && body.model !== context.model)
    report(
      'body.model',
      `body.model "${body.model}" differs from the job's model "${context.model}"`,
      id,
      'warning',
    )
}
