import type { BatchRequest } from '../schemas/job'

/**
 * Reads up to `limit + 1` requests (and at most about `maxBytes` of JSON) from any iterable, so `run` can
 * decide inline vs upload without holding a big input in memory. `rest` yields everything, the peeked
 * requests first, for the upload path.
 */
export async function peek(
  requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
  limit: number,
  maxBytes: number,
): Promise<{ head: BatchRequest[]; fits: boolean; rest: AsyncIterable<BatchRequest> }> {
  const iterator =
    Symbol.asyncIterator in requests ? requests[Symbol.asyncIterator]() : requests[Symbol.iterator]()
  const head: BatchRequest[] = []
  let bytes = 0
  let exhausted = false
  while (head.length <= limit && bytes <= maxBytes) {
    const step = await iterator.next()
    if (step.done) {
      exhausted = true
      break
    }
    head.push(step.value)
    // `?? 0`: a non-JSON value (undefined) is refused later, by jobs.create or the JSONL encoder.
    bytes += (JSON.stringify(step.value)?.length ?? 0) + 1
  }
  const fits = exhausted && head.length <= limit && bytes <= maxBytes
  async function* rest(): AsyncGenerator<BatchRequest> {
    yield* head
    if (exhausted) return
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value
  }
  return { head, fits, rest: rest() }
}
