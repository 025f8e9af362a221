/**
 * A chunk a source stream may produce. Not only Uint8Array: Node 20's `FileHandle.readableWebStream()`
 * yields ArrayBuffers, other streams DataViews or strings, and each of them must count.
 */
export type JsonlChunk = Uint8Array | ArrayBufferView | ArrayBuffer | string

/** What the JSONL readers accept: a byte stream (e.g. `response.body`), a Blob/File, a string or bytes. */
export type JsonlSource = ReadableStream<JsonlChunk> | Blob | string | Uint8Array

/** Strings are encoded in slices of this many UTF-16 units, so a big string is never copied whole. */
const STRING_SLICE = 1 << 20

/**
 * The source as a sequence of byte chunks. Blobs are streamed (`blob.stream()`), never read whole.
 * When the consumer stops early (`return()`) or `signal` aborts, the stream reader is cancelled and its
 * lock released, so the underlying download or file read stops too.
 */
export async function* byteChunks(source: JsonlSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') return yield* encodeString(source)
  if (source instanceof Uint8Array) return yield source
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
      const chunk: unknown = step.value
      // A string chunk is encoded on its own: a text stream (TextDecoderStream) never ends one between
      // the two halves of a surrogate pair.
      if (typeof chunk === 'string') yield* encodeString(chunk)
      else yield toBytes(chunk)
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

/**
 * A stream chunk as bytes, a view on the same memory (no copy). Anything that is not bytes throws a
 * TypeError (from DataView): reading on would yield no lines at all, which is how a 200 MB file once
 * parsed to nothing. DataView and isView, not instanceof, also take buffers made in another realm.
 */
function toBytes(chunk: unknown): Uint8Array {
  const view = ArrayBuffer.isView(chunk) ? chunk : new DataView(chunk as ArrayBuffer)
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
}

function noop(): void {}
