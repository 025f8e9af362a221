import * as v from 'valibot'
import type {
  BATCH_JOB_STATUSES,
  FILE_PURPOSES,
  FILE_SOURCES,
  FILE_VISIBILITIES,
  SAMPLE_TYPES,
} from './enums'

/**
 * The response schema of an enum the server may grow (see enums.ts): an unknown future value parses as a
 * plain string instead of failing the whole response. A plain string check at runtime (no pipe or
 * transform: fewer bytes); the literal union is type-level only, so the values are not kept in the bundle.
 */
const openEnum = <T extends readonly string[]>() =>
  v.string() as v.GenericSchema<string, T[number] | (string & {})>

export const BatchJobStatusSchema = openEnum<typeof BATCH_JOB_STATUSES>()
export const FilePurposeSchema = openEnum<typeof FILE_PURPOSES>()
export const SampleTypeSchema = openEnum<typeof SAMPLE_TYPES>()
export const FileSourceSchema = openEnum<typeof FILE_SOURCES>()
export const FileVisibilitySchema = openEnum<typeof FILE_VISIBILITIES>()
