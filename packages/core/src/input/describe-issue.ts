import type * as v from 'valibot'

const WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Array: 'an array',
  Object: 'an object',
  null: 'null',
  undefined: 'undefined',
}

/** valibot's `expected` says `(string | Array)`; a person reads "a string or an array". */
export const words = (list: string) =>
  list
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((word) => WORDS[word] ?? word)
    .join(' or ')

/** A received value as valibot prints it, cut short: an error message is no place for a whole input. */
const shown = (received: string) => (received.length > 40 ? `${received.slice(0, 37)}...` : received)

/** What a failed validation action requires, by its `type` (valibot's `expected` is null for some). */
function requirement(issue: v.BaseIssue<unknown>): string {
  const req = issue.requirement
  switch (issue.type) {
    case 'min_value':
      return `at least ${String(req)}`
    case 'gt_value':
      return `above ${String(req)}`
    case 'max_value':
      return `at most ${String(req)}`
    case 'integer':
      return 'an integer'
    case 'finite':
      return 'a finite number'
    case 'min_length':
      return `at least ${String(req)} long`
    case 'max_length':
      return `at most ${String(req)} long`
    default:
      return words(issue.expected ?? issue.type)
  }
}

/**
 * Our sentence for one valibot issue at `path`, built from its `kind`, `type`, `expected` and `received`,
 * never from its `message`: that one follows valibot's global language and message settings, which an
 * app may change. A `check` action's message is the one we wrote beside it, so it is used as is.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, path: string): string {
  if (issue.kind === 'validation' && issue.type === 'check') return `${path} ${issue.message}`
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${path} is required`
  const expected = issue.kind === 'schema' ? words(issue.expected ?? issue.type) : requirement(issue)
  const received = issue.kind === 'schema' ? words(issue.received) : issue.received
  return `${path} must be ${expected}, not ${shown(received)}`
}
