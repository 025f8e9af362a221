import * as v from 'valibot'
import { checkInput } from '../input/check-input'
import { dateOrString, integerIn, oneOf, oneOrMany, plainRecord } from '../input/fields'
import { BATCH_JOB_STATUSES, FILE_PURPOSES, FILE_SOURCES, SAMPLE_TYPES } from '../schemas/enums'

const page = v.optional(integerIn(0))
const page_size = v.optional(integerIn(1))

const ListJobsSchema = v.object({
  page,
  page_size,
  model: v.optional(v.string()),
  agent_id: v.optional(v.string()),
  // Flattened into the query (§3.2): scalar values only.
  metadata: v.optional(plainRecord(v.string(), v.union([v.string(), v.number(), v.boolean()]))),
  created_after: v.optional(dateOrString),
  created_by_me: v.optional(v.boolean()),
  status: oneOrMany(BATCH_JOB_STATUSES),
  order_by: oneOf(['created', '-created']),
})

const ListFilesSchema = v.object({
  page,
  page_size,
  include_total: v.optional(v.boolean()),
  sample_type: v.optional(v.array(v.picklist(SAMPLE_TYPES))),
  source: v.optional(v.array(v.picklist(FILE_SOURCES))),
  search: v.optional(v.string()),
  purpose: oneOf(FILE_PURPOSES),
  mimetypes: v.optional(v.array(v.string())),
})

/** `jobs.list` params (contract §3.2), refused with InputValidationError naming `params.<field>`. */
export const checkListJobsParams = (params: unknown) =>
  checkInput(v.nullish(ListJobsSchema), params, 'params')

/** `files.list` params (contract §2.2), refused with InputValidationError naming `params.<field>`. */
export const checkListFilesParams = (params: unknown) =>
  checkInput(v.nullish(ListFilesSchema), params, 'params')

/** `files.signedUrl`'s `expiry`: hours, an integer 1–168 (contract §2.6). */
export const checkSignedUrlOptions = (options: unknown) =>
  checkInput(v.nullish(v.object({ expiry: v.optional(integerIn(1, 168)) })), options, 'options')

/** `jobs.get`'s `inline`: a boolean. */
export const checkGetJobOptions = (options: unknown) =>
  checkInput(v.nullish(v.object({ inline: v.optional(v.boolean()) })), options, 'options')
