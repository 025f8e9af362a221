import { InputValidationError } from '../errors'
import type { BatchRequest } from '../schemas/job'

/**
 * Lines are gathered into chunks of about this many UTF-16 code units before they are encoded and
 * enqueued: one `TextEncoder.encode` and one enqueue per ~64 KB instead of per line is what keeps
 * `jsonlStream` close to a bare `JSON.stringify` loop (bench target ≥ 0.8×).
 */
const CHUNK_CHARS = 64 * 1024

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value)
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * One JSONL line for one request, after the two checks plain JavaScript gets wrong (contract §6): the
 * request is an object and its `body` is one. Anything else would write `undefined` or a line the API
 * rejects, so it is an InputValidationError naming the 1-based line, and nothing is written.
 */
function encodeLine(request: unknown, line: number): string {
  const bad = !isObject(request)
    ? { path: 'request', what: `the request must be an object, not ${kind(request)}` }
    : !isObject((request as { body?: unknown }).body)
      ? { path: 'body', what: `body must be an object, not ${kind((request as { body?: unknown }).body)}` }
      : undefined
  if (bad) {
    const message = `line ${line}: ${bad.what}`
    throw new InputValidationError(message, [{ line, path: bad.path, message }])
  }
  return `${JSON.stringify(request)}\n`
}

/** Refuses what cannot be iterated (null, an object, a number) before any line is written. */
function checkIterable(requests: unknown, async: boolean): void {
  const it = requests as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null
  const ok =
    typeof it?.[Symbol.iterator] === 'function' || (async && typeof it?.[Symbol.asyncIterator] === 'function')
  if (!ok || typeof requests === 'string') {
    const message = `requests must be ${async ? 'an iterable or async iterable' : 'an iterable'} of request objects, not ${kind(requests)}`
    throw new InputValidationError(message, [{ path: 'requests', message }])
  }
}

/**
 * Encodes requests as JSONL (contract §6): one JSON object per line, every line ending with `'\n'`.
 * Builds one string; for large inputs prefer {@link jsonlStream}.
 */
export function toJsonl(requests: Iterable<BatchRequest>): string {
  checkIterable(requests, false)
  let out = ''
  let line = 0
  for (const request of requests) out += encodeLine(request, ++line)
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
  checkIterable(requests, true)
  const encoder = new TextEncoder()
  let line = 0
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
        text += encodeLine(step.value, ++line)
      }
      if (text) controller.enqueue(encoder.encode(text))
      if (done) controller.close()
    },
    async cancel() {
      await (syncIt ?? asyncIt)?.return?.()
    },
  })
}
