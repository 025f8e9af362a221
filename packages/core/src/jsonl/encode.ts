import type { BatchRequest } from '../schemas/job'

/**
 * Lines are gathered into chunks of about this many UTF-16 code units before they are encoded and
 * enqueued: one `TextEncoder.encode` and one enqueue per ~64 KB instead of per line is what keeps
 * `jsonlStream` close to a bare `JSON.stringify` loop (bench target ≥ 0.8×).
 */
const CHUNK_CHARS = 64 * 1024

/**
 * Encodes requests as JSONL (contract §6): one JSON object per line, every line ending with `'\n'`.
 * Builds one string; for large inputs prefer {@link jsonlStream}.
 */
export function toJsonl(requests: Iterable<BatchRequest>): string {
  let out = ''
  for (const request of requests) out += `${JSON.stringify(request)}\n`
  return out
}

/**
 * Encodes requests as a JSONL byte stream, lazily: the source is pulled only when the consumer reads,
 * so an endless generator is fine and memory stays bounded (about one 64 KB chunk in flight).
 * Cancelling the stream calls the source iterator's `return()`.
 */
export function jsonlStream(
  requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let syncIt: Iterator<BatchRequest> | undefined
  let asyncIt: AsyncIterator<BatchRequest> | undefined
  // Prefer the sync protocol: no promise per line, which matters at a million lines.
  if (Symbol.iterator in requests) syncIt = requests[Symbol.iterator]()
  else asyncIt = requests[Symbol.asyncIterator]()

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = ''
      let done = false
      while (text.length < CHUNK_CHARS) {
        const step = syncIt ? syncIt.next() : await (asyncIt as AsyncIterator<BatchRequest>).next()
        if (step.done) {
          done = true
          break
        }
        text += `${JSON.stringify(step.value)}\n`
      }
      if (text) controller.enqueue(encoder.encode(text))
      if (done) controller.close()
    },
    async cancel() {
      await (syncIt ?? asyncIt)?.return?.()
    },
  })
}
