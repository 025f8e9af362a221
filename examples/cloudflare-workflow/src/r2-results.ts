import type { BatchResult } from '@mistral-batch/core'
import type { ShardInfo } from '@mistral-batch/core/workflows'
import type { R2Bucket } from './env'

/** Results per R2 object: a Worker holds one object's text at a time, never a whole shard. */
export const RESULTS_PER_OBJECT = 10_000

const pad = (n: number) => String(n).padStart(5, '0')

/** Where a group's results and summary live in the bucket. */
export const resultsPrefix = (group_id: string) => `results/${group_id}/`

/**
 * Writes one shard's results as JSONL objects `results/<group_id>/shard-00000-part-00000.jsonl`, … The keys
 * and contents depend on the shard alone, so a retried step overwrites the same objects with the same
 * bytes: a shard is never stored twice.
 */
export async function writeShard(bucket: R2Bucket, shard: ShardInfo, results: AsyncIterable<BatchResult>) {
  let part = 0
  let lines: string[] = []
  const flush = async () => {
    const key = `${resultsPrefix(shard.group_id)}shard-${pad(shard.index)}-part-${pad(part++)}.jsonl`
    await bucket.put(key, lines.join(''))
    lines = []
  }
  for await (const result of results) {
    lines.push(`${JSON.stringify(result)}\n`)
    if (lines.length === RESULTS_PER_OBJECT) await flush()
  }
  if (lines.length > 0 || part === 0) await flush()
}
