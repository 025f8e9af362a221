import * as v from 'valibot'
import { checkInput } from '../input/check-input'
import { callback, integerIn, nonEmptyString, oneOf } from '../input/fields'
import { FILE_PURPOSES, FILE_VISIBILITIES } from '../schemas/enums'

const UploadOptionsSchema = v.object({
  file_name: v.optional(nonEmptyString),
  purpose: oneOf(FILE_PURPOSES),
  visibility: oneOf(FILE_VISIBILITIES),
  // Its unit is undocumented (contract §2.1, §11.4), so only its type is checked: an integer.
  expiry: v.optional(integerIn(Number.NEGATIVE_INFINITY)),
  onProgress: v.optional(callback),
  validate: v.optional(
    // The endpoint's value is the validator's to judge (it lists the ten it knows).
    v.union([v.boolean(), v.object({ endpoint: v.string(), model: v.optional(v.string()) })]),
  ),
})

/** `files.upload`'s options (contract §2.1), refused with InputValidationError naming `options.<field>`. */
export const checkUploadOptions = (options: unknown) =>
  checkInput(v.nullish(UploadOptionsSchema), options, 'options')
