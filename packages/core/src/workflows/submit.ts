import { invalidInput } from '../errors'
import type { UploadInput } from '../upload/to-blob'
import type { WorkflowClient, WorkflowGroupOptions } from './group-client'
import { runStep, type WorkflowStep, type WorkflowStepConfig } from './step'

/** Options of {@link submitGroup}: `groups.create`'s, plus where the input comes from. */
export interface SubmitGroupOptions extends WorkflowGroupOptions {
  /**
   * Opens the input (a stream from R2, a Blob, JSONL text…), called inside the step only: a replay that
   * finds the step done never reads it again.
   */
  input: () => UploadInput | Promise<UploadInput>
  /** The `step.do` config of the submit step (an upload of many shards may need a longer timeout). Defaults to the engine's. */
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
  if (typeof create.group_id !== 'string' || create.group_id === '') {
    invalidInput('group_id', 'group_id must be a non-empty string: derive it from the Workflow instance id')
  }
  if (typeof input !== 'function') invalidInput('input', 'input must be a function that opens the input')
  return runStep(step, submitStepName(create.group_id), config, async () => {
    const group = await client.batch.groups.create(await input(), create)
    return { group_id: group.id, job_ids: group.jobs.map((job) => job.id) }
  })
}
