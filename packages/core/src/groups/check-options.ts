import type { InputValidationError, ValidationIssue } from '../errors'
import {
  DEFAULT_MAX_BYTES_PER_FILE,
  DEFAULT_MAX_REQUESTS_PER_JOB,
  FINAL_KEY,
  GROUP_KEY,
  RETRY_OF_KEY,
  SHARD_KEY,
} from './keys'
import { kit } from './kit-slot'
import type { CreateGroupOptions } from './types'

/**
 * A group id travels as a metadata value, a list query parameter and part of a file name, so it keeps
 * to characters that need no escaping anywhere and fits a metadata value (1–512, contract §9) with room.
 */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$/

/** Throws InputValidationError (field `group_id`) unless `group_id` is a safe metadata value. */
export function checkGroupId(group_id: unknown): string {
  if (typeof group_id === 'string' && SAFE_ID.test(group_id)) return group_id
  const { InputValidationError } = kit()
  const message = `group_id must be 1-256 characters of A-Z a-z 0-9 . _ - starting with a letter or digit (got ${JSON.stringify(group_id)})`
  throw new InputValidationError(message, [{ path: 'group_id', message }])
}

/** The limits and id of a group, checked. */
export interface GroupPlan {
  group_id: string
  /** True when the caller chose the id: only then can earlier jobs or uploads of the group exist. */
  given: boolean
  maxRequests: number
  maxBytes: number
}

/**
 * Checks everything `groups.create` can check before reading the input or sending anything: the limits
 * (whole numbers within the API's), the group id, and the job fields (as `jobs.create` would, so a bad
 * `timeout_hours` does not surface only after the first shard was uploaded). Every issue names its field.
 */
export function checkGroupOptions(options: CreateGroupOptions): GroupPlan {
  const { InputValidationError, randomId, checkCreateJob, IDEMPOTENCY_KEY } = kit()
  const { MAX_BATCH_FILE_BYTES, MAX_BATCH_FILE_REQUESTS } = kit()
  const issues: ValidationIssue[] = []
  const limit = (field: string, value: unknown, fallback: number, max: number) => {
    if (value === undefined) return fallback
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value
    const message = `${field} must be a whole number from 1 to ${max} (got ${JSON.stringify(value) ?? String(value)})`
    issues.push({ path: field, message })
    return fallback
  }
  const opts = (options ?? {}) as Partial<CreateGroupOptions>
  const maxRequests = limit(
    'maxRequestsPerJob',
    opts.maxRequestsPerJob,
    DEFAULT_MAX_REQUESTS_PER_JOB,
    MAX_BATCH_FILE_REQUESTS,
  )
  const maxBytes = limit(
    'maxBytesPerFile',
    opts.maxBytesPerFile,
    DEFAULT_MAX_BYTES_PER_FILE,
    MAX_BATCH_FILE_BYTES,
  )
  for (const key of [GROUP_KEY, SHARD_KEY, FINAL_KEY, RETRY_OF_KEY, IDEMPOTENCY_KEY]) {
    if (opts.metadata != null && Object.hasOwn(opts.metadata, key))
      issues.push({ path: `metadata.${key}`, message: `metadata.${key} is set by the client itself` })
  }
  let group_id = opts.group_id
  try {
    if (group_id !== undefined) checkGroupId(group_id)
  } catch (error) {
    issues.push(...(error as InputValidationError).issues)
  }
  try {
    const { endpoint, model, metadata, timeout_hours } = opts
    // A stand-in file id: each shard's real one only exists after its upload, and an empty list is refused.
    checkCreateJob({ endpoint, model, metadata, timeout_hours, input_files: ['shard'] } as Parameters<
      typeof checkCreateJob
    >[0])
  } catch (error) {
    issues.push(...(error as InputValidationError).issues)
  }
  if (issues.length > 0) throw new InputValidationError(issues.map((i) => i.message).join('; '), issues)
  const given = group_id !== undefined
  group_id ??= randomId()
  return { group_id, given, maxRequests, maxBytes }
}
