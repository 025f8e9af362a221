/**
 * The metadata keys a group writes on each of its jobs, so that the server alone can rebuild it (API.md
 * "Batch at scale"). Each is within the 32 characters of contract §9; callers may not set them.
 */
export const GROUP_KEY = 'mistral_batch_group'
/** The job's shard index in its group, in decimal: "0", "1", … */
export const SHARD_KEY = 'mistral_batch_shard'
/** Set to "true" on the last shard's job only, so a reader knows how many shards the group has. */
export const FINAL_KEY = 'mistral_batch_final'
/** On a retry's jobs: the id of the job or group whose failed requests they carry. */
export const RETRY_OF_KEY = 'mistral_batch_retry_of'

/** The documented per-batch limit of the known-limitations page (contract §9). */
export const DEFAULT_MAX_REQUESTS_PER_JOB = 100_000
/**
 * Just under 512 MB in the smaller reading (10^6 bytes a MB, where `MAX_BATCH_FILE_BYTES` takes the
 * larger, 2^20): a shard the server reads either way is accepted. The 1 MB margin covers nothing else.
 */
export const DEFAULT_MAX_BYTES_PER_FILE = 511_000_000

/** What every shard file name of the group starts with: a re-run lists the group's uploads by it. */
export const shardFilePrefix = (group_id: string) => `group-${group_id}-shard-`
/** The upload name of shard `index`: unique per shard, so a re-run finds a file its crashed run uploaded. */
export const shardFileName = (group_id: string, index: number) => `${shardFilePrefix(group_id)}${index}.jsonl`
