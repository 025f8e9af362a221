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

/**
 * Our sentence for one valibot issue at `path`, built from its `kind`, `type`, `expected` and `received`,
 * never from valibot's own `message`: that one follows valibot's global language and message settings,
 * which an app may change. A `check` action's message is the one we wrote beside it, so it is used as is.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, path: string): string {
  // Our checks (input/fields.ts) carry their own words; no other validation action is used.
  if (issue.kind === 'validation' && issue.type === 'check') return `${path} ${issue.message}`
  if (issue.received === 'undefined') return `${path} is required`
  return `${path} must be ${words(issue.expected ?? issue.type)}, not ${shown(words(issue.received))}`
}
