import * as v from 'valibot'
import { ResponseValidationError, type ValidationIssue } from '../errors'

/** Valibot issues → our ValidationIssue, with a dotted path (`data.0.status`). */
export const toIssues = (issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] =>
  issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
    message: issue.message,
  }))

/** Checks a payload against its schema; off-contract data is a ResponseValidationError naming `where`. */
export function check<R>(schema: v.GenericSchema<unknown, R>, data: unknown, where: string): R {
  const result = v.safeParse(schema, data)
  if (result.success) return result.output
  const issues = toIssues(result.issues)
  const first = issues[0]
  throw new ResponseValidationError(`${where}: unexpected ${first?.path || 'value'}: ${first?.message}`, {
    issues,
    data,
  })
}

/** Parses a 2xx JSON body (or a result line) with its schema; non-JSON is a ResponseValidationError too. */
export function parseBody<R>(text: string, schema: v.GenericSchema<unknown, R>, where: string): R {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new ResponseValidationError(`${where}: not JSON`, {
      issues: [{ path: '', message: 'not JSON' }],
      data: text,
    })
  }
  return check(schema, data, where)
}

/** A Spec's `parse` for a JSON body checked against `schema`. */
export const jsonOf =
  <R>(schema: v.GenericSchema<unknown, R>) =>
  (text: string, where: string): R =>
    parseBody(text, schema, where)
