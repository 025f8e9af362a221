import { invalidInput } from '../errors'
import type { GroupStatus } from '../groups/types'
import type { BatchResult } from '../results/result'
import type { WorkflowClient } from './group-client'
import type { GroupPoll } from './poll'
import { runStep, type WorkflowStep, type WorkflowStepConfig } from './step'

/** The shard whose results a {@link CollectGroupOptions.write} call receives. */
export interface ShardInfo {
  group_id: string
  /** 0-based, in input order. */
  index: number
  job_id: string
  status: string
}

/** What one shard gave, as plain JSON (a step result). */
export interface ShardSummary extends ShardInfo {
  results: number
  succeeded: number
  failed: number
}

/** What the whole group gave, as plain JSON. */
export interface GroupSummary {
  group_id: string
  /** The group's terminal status (SUCCESS only when every job succeeded; see BatchGroup). */
  status: GroupStatus
  shards: ShardSummary[]
  results: number
  succeeded: number
  failed: number
}

/** Options of {@link collectGroupResults}. */
export interface CollectGroupOptions {
  /**
   * Stores one shard's results (to R2, a database…). It runs inside the shard's step, which the engine
   * retries from the start on failure: write so that doing it twice leaves the same state (a fixed key
   * per shard). The results are counted as they are read, so read them all.
   */
  write: (shard: ShardInfo, results: AsyncIterable<BatchResult>) => Promise<void>
  /** The `step.do` config of each shard's step. Defaults to the engine's. */
  step?: WorkflowStepConfig | undefined
}

export const collectStepName = (group_id: string, index: number) =>
  `mistral-batch: collect group ${group_id} shard ${index}`

async function* counted(results: AsyncIterable<BatchResult>, tally: { ok: number; failed: number }) {
  for await (const result of results) {
    if (result.ok) tally.ok++
    else tally.failed++
    yield result
  }
}

/**
 * Streams each shard's results (output, then error lines) into `write`, one `step.do` per shard, so a
 * restart in the middle never collects a finished shard again and no step result holds the results
 * themselves (a step result is capped at 1 MiB). Call it with the terminal poll `waitForGroup` returned.
 */
export async function collectGroupResults(
  step: WorkflowStep,
  client: WorkflowClient,
  group: GroupPoll,
  options: CollectGroupOptions,
): Promise<GroupSummary> {
  if (typeof options.write !== 'function') invalidInput('write', 'write must be a function')
  // A group that is still running has only part of its results: collecting them now would lose the rest.
  if (group?.terminal !== true) invalidInput('group', 'collect the terminal poll that waitForGroup returned')
  const { group_id } = group
  const shards: ShardSummary[] = []
  for (const [index, job] of group.jobs.entries()) {
    const shard: ShardInfo = { group_id, index, job_id: job.id, status: job.status }
    shards.push(
      await runStep(step, collectStepName(group_id, index), options.step, async () => {
        const tally = { ok: 0, failed: 0 }
        await options.write(shard, counted(client.batch.results(job.id), tally))
        return { ...shard, results: tally.ok + tally.failed, succeeded: tally.ok, failed: tally.failed }
      }),
    )
  }
  const sum = (pick: (s: ShardSummary) => number) => shards.reduce((total, s) => total + pick(s), 0)
  return {
    group_id,
    status: group.status,
    shards,
    results: sum((s) => s.results),
    succeeded: sum((s) => s.succeeded),
    failed: sum((s) => s.failed),
  }
}
