import * as v from 'valibot'
import { invalidInput } from '../errors'
import { checkInput } from '../input/check-input'
import { checkWaitTiming } from '../observe/poll-options'
import { JobFieldsSchema } from '../resources/create-job-input'

const RunOptionsSchema = v.object({
  ...JobFieldsSchema.entries,
  validate: v.optional(v.boolean()),
  inline: v.optional(v.boolean()),
  onUpdate: v.optional(v.function()),
})

/**
 * Everything `batch.run` can check before it reads a request or sends a byte: the job's fields (as
 * `jobs.create` checks them), the wait's timing, and that `requests` can be iterated. InputValidationError
 * names the field; an empty `requests` is caught once it has been peeked (see run).
 */
export function checkRun(requests: unknown, options: unknown): void {
  const iterable = requests as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null
  const ok =
    typeof iterable?.[Symbol.iterator] === 'function' ||
    typeof iterable?.[Symbol.asyncIterator] === 'function'
  if (!ok || typeof requests === 'string')
    invalidInput('requests', 'requests must be an iterable or async iterable of request objects')
  checkInput(RunOptionsSchema, options, '', 'options')
  checkWaitTiming(options, '')
}
