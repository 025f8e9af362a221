import type { CallOptions } from '../http/request'
import type { FileObject } from '../schemas/file'
import type { BatchJob } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'
import { checkGroupOptions } from './check-options'
import type { ScaleDeps } from './deps'
import { buildGroup, shardOf } from './group'
import { FINAL_KEY, GROUP_KEY, SHARD_KEY, shardFileName, shardFilePrefix } from './keys'
import { listGroupJobs } from './read'
import { type Shard, shardInput } from './shards'
import type { BatchGroup, CreateGroupOptions, GroupProgress } from './types'

/**
 * `groups.create`: cuts the input into shards (shardInput), uploads each one and creates its job, shard
 * after shard, so at most one shard is in flight. Every job carries the group id and its shard index.
 *
 * Resumable: with a `group_id` of the caller's, the group's jobs and shard files already on the server are
 * looked up first. A shard with a job is skipped; a shard whose file was uploaded (same name and size) but
 * whose job was never created gets its job from that file. So a re-run after a crash at any point ends
 * with one job and one upload per shard. Within a call, uploads and job creations are exactly-once on
 * their own (files.upload and jobs.create reconcile after an ambiguous failure).
 */
export async function createGroup(
  deps: ScaleDeps,
  input: UploadInput,
  options: CreateGroupOptions,
  /** Metadata of the client's own on every job (a retry's link to its source), past the reserved-key check. */
  linked: Record<string, string> = {},
): Promise<BatchGroup> {
  const plan = checkGroupOptions(options)
  const { endpoint, model, metadata, timeout_hours, onProgress, signal, timeoutMs, retry, headers } = options
  const call: CallOptions = { signal, timeoutMs, retry, headers }
  const { group_id } = plan
  const jobs = new Map<number, BatchJob>()
  const files = new Map<string, FileObject>()
  if (plan.given) {
    for (const job of await listGroupJobs(deps, group_id, call)) {
      const index = shardOf(job, group_id) as number
      // The first created job of a shard is the shard's, as in buildGroup.
      if (!jobs.has(index) || (jobs.get(index) as BatchJob).created_at > job.created_at) jobs.set(index, job)
    }
    const prefix = shardFilePrefix(group_id)
    for await (const file of deps.files.list({ search: prefix, purpose: 'batch' }, call)) {
      if (file.filename.startsWith(prefix) && !files.has(file.filename)) files.set(file.filename, file)
    }
  }
  const progress: GroupProgress = { requests_read: 0, shards_submitted: 0, bytes_sent: 0 }
  const report = () => onProgress?.({ ...progress })
  const submitted: BatchJob[] = []

  const submit = async (shard: Shard): Promise<BatchJob> => {
    const file_name = shardFileName(group_id, shard.index)
    const earlier = files.get(file_name)
    const reusable = earlier && (earlier.bytes == null || earlier.bytes === shard.blob.size)
    const sentBefore = progress.bytes_sent
    const file = reusable
      ? earlier
      : await deps.files.upload(shard.blob, {
          ...call,
          file_name,
          onProgress: ({ loaded }) => {
            progress.bytes_sent = sentBefore + loaded
            report()
          },
        })
    const shardMetadata = {
      ...metadata,
      ...linked,
      [GROUP_KEY]: group_id,
      [SHARD_KEY]: String(shard.index),
      ...(shard.final ? { [FINAL_KEY]: 'true' } : {}),
    }
    return deps.jobs.create(
      { endpoint, model, timeout_hours, metadata: shardMetadata, input_files: [file.id] },
      call,
    )
  }

  const onRead = (requests: number) => {
    if (requests === progress.requests_read) return
    progress.requests_read = requests
    report()
  }
  for await (const shard of shardInput(input, plan, call.signal, onRead)) {
    submitted.push(jobs.get(shard.index) ?? (await submit(shard)))
    progress.shards_submitted++
    report()
  }
  return buildGroup(group_id, submitted)
}
