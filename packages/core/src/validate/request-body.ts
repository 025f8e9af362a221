import * as v from 'valibot'
import type { ValidationIssue } from '../errors'
import { describeIssue } from '../input/describe-issue'
import { ENDPOINT_SCHEMAS } from './endpoints/index'

type Issue = v.BaseIssue<unknown>
type Key = { key: unknown }
const depth = (issue: Issue) => issue.path?.length ?? 0

/**
 * A failed union (e.g. `string | string[]` given `['a', 2]`) reports "expected string | Array". The option
 * that got deepest before failing is the one the caller meant, so its issues say what is really wrong.
 * Sub-issue paths are relative to the union's value, hence the `prefix`.
 */
function deepest(issue: Issue, prefix: readonly Key[] = []): [Issue, Key[]][] {
  const path = [...prefix, ...(issue.path ?? [])]
  const subs = issue.issues
  // Branch on the issue's kind and type, never on its message: valibot's messages follow the app's
  // global language and message settings (v.setGlobalMessage), which would change our output.
  if (!subs || issue.type !== 'union') return [[issue, path]]
  const max = Math.max(...subs.map(depth))
  if (max === 0) return [[issue, path]]
  return subs.filter((sub) => depth(sub) === max).flatMap((sub) => deepest(sub, path))
}

function toIssue([issue, keys]: [Issue, Key[]], endpoint: string): ValidationIssue {
  const path = ['body', ...keys.map((item) => String(item.key))].join('.')
  const required = issue.kind === 'schema' && issue.received === 'undefined'
  const message = required ? `${path} is required for ${endpoint}` : describeIssue(issue, path)
  return { path, message, severity: 'error' }
}

/**
 * Checks one request body against its endpoint's schema (contract batch-endpoints.openapi.yaml): the
 * required fields and their types. Unknown fields pass; `model` may be absent (the job can name it).
 * Returns issues without line numbers, with paths starting `body.`; an unknown endpoint gives one issue
 * with path `endpoint`. Also used by the emulator to decide which lines fail.
 */
export function validateRequestBody(endpoint: string, body: unknown): ValidationIssue[] {
  const schema = Object.hasOwn(ENDPOINT_SCHEMAS, endpoint) ? ENDPOINT_SCHEMAS[endpoint] : undefined
  if (!schema) {
    const known = Object.keys(ENDPOINT_SCHEMAS).join(', ')
    return [
      {
        path: 'endpoint',
        message: `Unknown endpoint "${endpoint}": a batch job can target ${known}`,
        severity: 'error',
      },
    ]
  }
  // valibot's object schemas take arrays for objects; a body must be a JSON object (contract §6).
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const kind = body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`
    return [{ path: 'body', message: `body must be an object, not ${kind}`, severity: 'error' }]
  }
  const result = v.safeParse(schema, body)
  return result.success
    ? []
    : result.issues.flatMap((issue) => deepest(issue)).map((found) => toIssue(found, endpoint))
}
