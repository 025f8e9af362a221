// The `@mistral-batch/core/workflows` entry: helpers for a Cloudflare `WorkflowEntrypoint`. A subpath of
// its own, so that an app that never runs a Workflow pays nothing for it on the root entry.
export {
  type CollectGroupOptions,
  collectGroupResults,
  type GroupSummary,
  type ShardInfo,
  type ShardSummary,
} from './collect'
export type { WorkflowClient } from './group-client'
export type { GroupJobState, GroupPoll } from './poll'
export type { WorkflowStep, WorkflowStepConfig } from './step'
export { type SubmitGroupOptions, type SubmittedGroup, submitGroup } from './submit'
export { type WaitForGroupOptions, waitForGroup } from './wait'
