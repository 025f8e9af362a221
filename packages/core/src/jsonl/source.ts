/** What the JSONL readers accept: a byte stream (e.g. `response.body`), a Blob/File, a string or bytes. */
export type JsonlSource = ReadableStream<Uint8Array> | Blob | string | Uint8Array

/** Strings are encoded in slices of this many UTF-16 units, so a big string is never copied whole. */
const STRING_SLICE = 1 << 20

/**
 * The source as a sequence of byte chunks. Blobs are streamed (`blob.stream()`), never read whole.
 * When the consumer stops early (`return()`) or `signal` aborts, the stream reader is cancelled and its
 * lock released, so the underlying download or file read stops too.
 */
export async function* byteChunks(source: JsonlSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') {
    yield* encodeString(source)
    return
  }
  if (source instanceof Uint8Array) {
    yield source
    return
  }
  const stream = 'getReader' in source ? source : source.stream()
  const reader = stream.getReader()
  // A pending read() only settles when data arrives; cancelling is what wakes it up on abort.
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(noop)
  }
  signal?.addEventListener('abort', onAbort, { once: true })
  let finished = false
  try {
    for (;;) {
      const step = await reader.read()
      if (step.done) {
        finished = true
        return
      }
      yield step.value
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    if (!finished) await reader.cancel().catch(noop)
    reader.releaseLock()
  }
}

function* encodeString(text: string): Generator<Uint8Array> {
  const encoder = new TextEncoder()
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + STRING_SLICE, text.length)
    const last = text.charCodeAt(end - 1)
    // Never cut between the two halves of a surrogate pair: each half alone would encode as U+FFFD.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    yield encoder.encode(text.slice(start, end))
    start = end
  }
}

function noop(): void {}
