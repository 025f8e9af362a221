import { invalidInput } from '../errors'
import type { CreateGroupOptions } from '../groups/types'
import type { UploadInput } from '../upload/to-blob'
import type { WorkflowClient } from './group-client'
import { checkWorkflowGroupId } from './group-id'
import { runStep, type WorkflowStep, type WorkflowStepConfig } from './step'

/** Options of {@link submitGroup}: `groups.create`'s, with `group_id` required, and where the input comes from. */
export interface SubmitGroupOptions extends Omit<CreateGroupOptions, 'group_id'> {
  /**
   * Required here, unlike in `groups.create`: a step that is retried (or replayed after a restart) must
   * resume the same group, never start a second one. Derive it from the instance (`event.instanceId`).
   */
  group_id: string
  /**
   * Opens the input (a stream from R2, a Blob, JSONL text…). Called inside the step only: a replay that
   * finds the step done never reads it again.
   */
  input: () => UploadInput | Promise<UploadInput>
  /** The `step.do` config of the submit step (a large input may need a longer timeout). Defaults to the engine's. */
  step?: WorkflowStepConfig | undefined
}

/** A submitted group, as plain JSON (a step result): its id and its job ids in shard order. */
export interface SubmittedGroup {
  group_id: string
  job_ids: string[]
}

/** The step names carry the group id, so two groups in one Workflow never share a cached result. */
export const submitStepName = (group_id: string) => `mistral-batch: submit group ${group_id}`

/**
 * Shards and submits the input as a group, inside one `step.do`. A retried step calls `groups.create`
 * again with the same `group_id`, which submits only the shards that have no job yet; a replay returns
 * the cached result without touching the network.
 */
export async function submitGroup(
  step: WorkflowStep,
  client: WorkflowClient,
  options: SubmitGroupOptions,
): Promise<SubmittedGroup> {
  const { input, step: config, ...create } = options
  checkWorkflowGroupId(create.group_id)
  if (typeof input !== 'function') invalidInput('input', 'input must be a function that opens the input')
  return runStep(step, submitStepName(create.group_id), config, async () => {
    const group = await client.batch.groups.create(await input(), create)
    return { group_id: group.id, job_ids: group.jobs.map((job) => job.id) }
  })
}
