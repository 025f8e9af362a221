import type { BatchJob } from '../../src/schemas/job'

/**
 * Job `j<shard>` of group `g`, one of `shards`, with the metadata `groups.create` writes on it, so that
 * `buildGroup` sees it as that shard. Its counters out of 4 requests: `completed`, all succeeded.
 */
export function groupJob(shard: number, shards: number, status: string, completed = 0): BatchJob {
  return {
    id: `j${shard}`,
    object: 'batch',
    input_files: [`file-${shard}`],
    metadata: {
      mistral_batch_group: 'g',
      mistral_batch_shard: String(shard),
      mistral_batch_final: String(shard === shards - 1),
    },
    endpoint: '/v1/embeddings',
    errors: [],
    status,
    created_at: shard,
    total_requests: 4,
    completed_requests: completed,
    succeeded_requests: completed,
    failed_requests: 0,
  }
}
