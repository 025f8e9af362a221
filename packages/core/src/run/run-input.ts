import * as v from 'valibot'
import { checkInput } from '../input/check-input'
import { callback } from '../input/fields'
import { JobFieldsSchema } from '../resources/create-job-input'

const RunOptionsSchema = v.object({
  ...JobFieldsSchema.entries,
  validate: v.optional(v.boolean()),
  inline: v.optional(v.boolean()),
  onUpdate: v.optional(callback),
})

/** `batch.run`'s options: the job's fields as `jobs.create` checks them, and its own switches. */
export const checkRunOptions = (options: unknown) => checkInput(RunOptionsSchema, options, '', 'options')
