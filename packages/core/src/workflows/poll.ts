import { groupProgressKey } from '../groups/progress-key'
import type { BatchGroup, GroupStatus } from '../groups/types'
import { pollDelay } from '../observe/poll-delay'
import { isTerminalStatus } from '../schemas/enums'
import type { BatchJob } from '../schemas/job'

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
  /** The group's status (see BatchGroup). */
  status: GroupStatus
  /** True once every shard has a job and every job is terminal. */
  terminal: boolean
  /** One per shard, in shard order. */
  jobs: GroupJobState[]
  /** The group's progress key: equal keys mean the poll changed nothing. */
  progress: string
  /** Polls in a row that changed nothing (the observers' backoff). */
  streak: number
  /** The `step.sleep` before the next poll; 0 once terminal. */
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

/**
 * Turns what `groups.get` answered into the next {@link GroupPoll}. Pure: it reads no clock, only the
 * group and the previous poll (itself a cached step result).
 */
export function nextPoll(group: BatchGroup, previous: GroupPoll | undefined, timing: PollTiming): GroupPoll {
  const terminal = isTerminalStatus(group.status)
  const progress = groupProgressKey(group)
  const streak = previous !== undefined && previous.progress === progress ? previous.streak + 1 : 0
  return {
    group_id: group.id,
    poll: previous === undefined ? 0 : previous.poll + 1,
    status: group.status,
    terminal,
    jobs: group.jobs.map(stateOf),
    progress,
    streak,
    next_delay_ms: terminal ? 0 : pollDelay(streak, timing),
    waited_ms: previous === undefined ? 0 : previous.waited_ms + previous.next_delay_ms,
  }
}
