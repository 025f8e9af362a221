import { invalidInput } from '../errors'

/**
 * The rule of groups' `checkGroupId` (groups/check-options.ts), checked here before any step runs: a bad
 * id found inside a step would only fail there after the engine's retries. Kept apart because that check
 * lives in the lazy groups chunk, which a Workflow has not loaded yet; group-id.test.ts holds the two in step.
 */
const SAFE_GROUP_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$/

/** Throws InputValidationError (field `group_id`) unless `group_id` is a group id `groups.create` takes. */
export function checkWorkflowGroupId(group_id: unknown): string {
  if (typeof group_id === 'string' && SAFE_GROUP_ID.test(group_id)) return group_id
  return invalidInput(
    'group_id',
    `group_id must be 1-256 characters of A-Z a-z 0-9 . _ - starting with a letter or digit (got ${JSON.stringify(group_id)}); derive it from the Workflow instance id`,
  )
}
