import * as v from 'valibot'
import { InputValidationError, type ValidationIssue } from '../errors'
import { describeIssue } from './describe-issue'

/**
 * Checks a caller's argument against its schema before anything is sent. On failure it throws one
 * InputValidationError whose issues name each bad field as a dotted path under `root` (`params.page`,
 * `options.intervalMs`); `root: ''` names the fields alone, and `name` the value itself. Returns the
 * parsed value.
 */
export function checkInput<T>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  root: string,
  name = root || 'value',
): T {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const issues: ValidationIssue[] = result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => String(item.key))
    const path = [...(root === '' ? [] : [root]), ...keys].join('.') || name
    return { path, message: describeIssue(issue, path) }
  })
  throw new InputValidationError(issues.map((issue) => issue.message).join('; '), issues)
}
