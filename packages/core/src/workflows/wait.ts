import { invalidInput, TimeoutError } from '../errors'
import type { WorkflowClient } from './group-client'
import { checkWorkflowGroupId } from './group-id'
import { type GroupPoll, nextPoll, type PollTiming } from './poll'
import { runStep, type WorkflowStep, type WorkflowStepConfig } from './step'
import type { SubmittedGroup } from './submit'

/** Options of {@link waitForGroup}. */
export interface WaitForGroupOptions {
  /**
   * The first sleep between polls, and again after any change. Each poll costs two steps of the
   * instance's budget (1,024 on Workers Free, 10,000 on Paid), hence minutes rather than seconds.
   * Defaults to 30_000.
   */
  intervalMs?: number | undefined
  /** The sleep grows ×1.5 per poll that changed nothing, up to this. Defaults to 600_000. */
  maxIntervalMs?: number | undefined
  /** TimeoutError once the sleeps add up past this (counted from step results, not the clock). Defaults to none. */
  maxWaitMs?: number | undefined
  /** The `step.do` config of each poll. Defaults to the engine's. */
  step?: WorkflowStepConfig | undefined
}

export const pollStepName = (group_id: string, poll: number) =>
  `mistral-batch: poll group ${group_id} #${poll}`
export const sleepStepName = (group_id: string, poll: number) =>
  `mistral-batch: wait for group ${group_id} #${poll}`

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    invalidInput(name, `${name} must be a positive number of milliseconds`)
  }
  return value
}

/**
 * Waits until every job of the group is terminal: a `step.do` per poll (`groups.get`), a `step.sleep`
 * between polls. Each sleep's duration is in the poll's cached result, so a replay after a restart takes
 * the same steps with the same names and durations, and resumes where the first run stopped. The group
 * is terminal once every shard has its job and every job is terminal (`groups.get`'s status).
 */
export async function waitForGroup(
  step: WorkflowStep,
  client: WorkflowClient,
  group: SubmittedGroup | string,
  options: WaitForGroupOptions = {},
): Promise<GroupPoll> {
  const timing: PollTiming = {
    intervalMs: positive('intervalMs', options.intervalMs, 30_000),
    maxIntervalMs: positive('maxIntervalMs', options.maxIntervalMs, 600_000),
  }
  const maxWaitMs = options.maxWaitMs === undefined ? undefined : positive('maxWaitMs', options.maxWaitMs, 0)
  const group_id = checkWorkflowGroupId(typeof group === 'object' && group !== null ? group.group_id : group)
  let previous: GroupPoll | undefined
  for (let poll = 0; ; poll++) {
    const last = previous
    const current = await runStep(step, pollStepName(group_id, poll), options.step, async () =>
      nextPoll(await client.batch.groups.get(group_id), last, timing),
    )
    if (current.terminal) return current
    if (maxWaitMs !== undefined && current.waited_ms + current.next_delay_ms > maxWaitMs) {
      throw new TimeoutError(
        `waitForGroup("${group_id}"): not terminal after ${current.waited_ms} ms of sleeps`,
      )
    }
    await step.sleep(sleepStepName(group_id, poll), current.next_delay_ms)
    previous = current
  }
}
