import * as v from 'valibot'
import type { ValidationIssue } from '../errors'
import { ENDPOINT_SCHEMAS } from './endpoints/index'

const WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Array: 'an array',
  Object: 'an object',
  null: 'null',
}

/** valibot says `(string | Array)`; a person reads "a string or an array". */
const words = (list: string) =>
  list
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((word) => WORDS[word] ?? word)
    .join(' or ')

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
  if (!subs || !issue.message.startsWith('Invalid ')) return [[issue, path]]
  const max = Math.max(...subs.map(depth))
  if (max === 0) return [[issue, path]]
  return subs.filter((sub) => depth(sub) === max).flatMap((sub) => deepest(sub, path))
}

function toIssue([issue, keys]: [Issue, Key[]], endpoint: string): ValidationIssue {
  const path = ['body', ...keys.map((item) => String(item.key))].join('.')
  let message: string
  if (!issue.message.startsWith('Invalid ')) message = `${path} ${issue.message}`
  else if (issue.received === 'undefined') message = `${path} is required for ${endpoint}`
  else message = `${path} must be ${words(issue.expected ?? '')}, not ${words(issue.received)}`
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
