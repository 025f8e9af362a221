import type { CallOptions } from '../http/request'
import type { BatchResult } from '../results/result'
import type { BatchJob } from '../schemas/job'
import { checkGroupId } from './check-options'
import type { ScaleDeps } from './deps'
import { buildGroup, shardOf } from './group'
import { GROUP_KEY } from './keys'
import { kit } from './kit-slot'
import type { BatchGroup, GroupWaitOptions } from './types'

/**
 * Every job of the group, from the server alone: the jobs list filtered by the group's metadata key, each
 * job checked again here, since the server's metadata filter is unverified (contract §3.2).
 */
export async function listGroupJobs(
  deps: ScaleDeps,
  group_id: string,
  options?: CallOptions,
): Promise<BatchJob[]> {
  const found: BatchJob[] = []
  for await (const job of deps.jobs.list({ metadata: { [GROUP_KEY]: group_id } }, options)) {
    if (shardOf(job, group_id) !== undefined) found.push(job)
  }
  return found
}

/** `groups.get`: the group rebuilt from its jobs on the server (see buildGroup). */
export async function getGroup(
  deps: ScaleDeps,
  group_id: string,
  options?: CallOptions,
): Promise<BatchGroup> {
  checkGroupId(group_id)
  return buildGroup(group_id, await listGroupJobs(deps, group_id, options))
}

/** `groups.wait`: polls `groups.get` with the observers' backoff until the group's status is terminal. */
export async function waitGroup(
  deps: ScaleDeps,
  group_id: string,
  options: GroupWaitOptions = {},
): Promise<BatchGroup> {
  checkGroupId(group_id)
  const { createWait, groupProgressKey } = kit()
  const wait = createWait((id, call) => getGroup(deps, id, call), groupProgressKey)
  return wait(group_id, options)
}

/**
 * `groups.results`: every shard's results (output file, then error file), shard after shard, each read
 * with `batch.results` and so resumed with Range after a cut. A shard counts once (see buildGroup), so
 * each custom_id comes once. Call it after `groups.wait`: an unfinished job has fewer results.
 */
export async function* groupResults(
  deps: ScaleDeps,
  groupOrId: BatchGroup | string,
  options?: CallOptions,
): AsyncGenerator<BatchResult> {
  const group = typeof groupOrId === 'string' ? await getGroup(deps, groupOrId, options) : groupOrId
  for (const job of group.jobs) yield* deps.results(job, options)
}

/** `groups.cancel`: requests cancellation of every job not yet terminal, then returns the group. */
export async function cancelGroup(
  deps: ScaleDeps,
  group_id: string,
  options?: CallOptions,
): Promise<BatchGroup> {
  const group = await getGroup(deps, group_id, options)
  const open = group.jobs.filter((job) => !kit().isTerminalStatus(job.status))
  await Promise.all(open.map((job) => deps.jobs.cancel(job.id, options)))
  return open.length === 0 ? group : getGroup(deps, group_id, options)
}
