import { backoffDelay } from '../observe/backoff'
import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'
import type { WorkflowGroup } from './group-client'

/** One job of a polled group, as plain JSON. */
export interface GroupJobState {
  id: string
  status: string
  total_requests: number
  completed_requests: number
  succeeded_requests: number
  failed_requests: number
}

/**
 * One poll of a group, as plain JSON (a step result). The delay before the next poll is part of it, so a
 * replay sleeps exactly what the first run slept (workers-sdk issue 12884: a sleep whose duration differs
 * on replay is a different sleep).
 */
export interface GroupPoll {
  group_id: string
  /** 0 for the first poll. */
  poll: number
  /** True once every expected job is in the group and terminal. */
  terminal: boolean
  jobs: GroupJobState[]
  /** Polls in a row that changed nothing (the observers' backoff). */
  streak: number
  /** The `step.sleep` before the next poll, when not terminal. */
  next_delay_ms: number
  /** The sum of the sleeps before this poll. */
  waited_ms: number
}

/** The polling intervals, as the observers take them. */
export interface PollTiming {
  intervalMs: number
  maxIntervalMs: number
}

const stateOf = (job: BatchJob): GroupJobState => ({
  id: job.id,
  status: job.status,
  total_requests: job.total_requests,
  completed_requests: job.completed_requests,
  succeeded_requests: job.succeeded_requests,
  failed_requests: job.failed_requests,
})

// A job's state is exactly its progress (id, status, counters): equal JSON means nothing moved.
const keyOf = (jobs: readonly GroupJobState[]) => JSON.stringify(jobs)

/**
 * Turns what `groups.get` answered into the next {@link GroupPoll}. Pure: it reads no clock, only the
 * group and the previous poll (itself a cached step result). The group is terminal only when every job
 * id in `expected` is there and terminal, so a listing that lags behind the submit keeps polling.
 */
export function nextPoll(
  group: WorkflowGroup,
  expected: readonly string[] | undefined,
  previous: GroupPoll | undefined,
  timing: PollTiming,
): GroupPoll {
  const jobs = group.jobs.map(stateOf)
  const seen = new Set(jobs.map((job) => job.id))
  const complete = expected === undefined ? jobs.length > 0 : expected.every((id) => seen.has(id))
  const terminal = complete && jobs.every((job) => isTerminalStatus(job.status))
  const unchanged = previous !== undefined && keyOf(previous.jobs) === keyOf(jobs)
  const streak = unchanged ? previous.streak + 1 : 0
  return {
    group_id: group.id,
    poll: previous === undefined ? 0 : previous.poll + 1,
    terminal,
    jobs,
    streak,
    next_delay_ms: terminal ? 0 : backoffDelay(streak, timing),
    waited_ms: previous === undefined ? 0 : previous.waited_ms + previous.next_delay_ms,
  }
}
