import type { OnSent } from './xhr-fetch'

// The FormData's bytes come in uneven chunks: a Blob built from many parts (a JSONL file from an
// iterable) as one chunk per part, an in-memory Blob as a single 20 MB chunk. Sending them as they come
// would mean one chunked-encoding frame per line, or one progress step per file. So they are regrouped
// into slices of this size (a large chunk is cut into views, small ones are joined).
const SLICE = 64 * 1024

/** The next up to SLICE bytes of `reader`, starting with what `rest` still holds; `undefined` at the end. */
async function nextSlice(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  rest: { bytes: Uint8Array },
): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = []
  let size = 0
  while (size < SLICE) {
    if (rest.bytes.byteLength === 0) {
      const { done, value } = await reader.read()
      if (done) break
      rest.bytes = value
    }
    const part = rest.bytes.subarray(0, SLICE - size)
    rest.bytes = rest.bytes.subarray(part.byteLength)
    parts.push(part)
    size += part.byteLength
  }
  if (size === 0) return undefined
  if (parts.length === 1) return parts[0]
  const slice = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    slice.set(part, at)
    at += part.byteLength
  }
  return slice
}

/** The multipart bytes of a FormData, in slices, with a running count reported as each is read. */
function countingStream(source: ReadableStream<Uint8Array>, onSent: OnSent): ReadableStream<Uint8Array> {
  const reader = source.getReader()
  const rest = { bytes: new Uint8Array(0) }
  let sent = 0
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const slice = await nextSlice(reader, rest)
        if (!slice) return controller.close()
        sent += slice.byteLength
        controller.enqueue(slice)
        onSent(sent)
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Nothing read ahead: a slice is pulled, and counted, only when fetch takes it for the socket.
    { highWaterMark: 0 },
  )
}

/**
 * A fetch for runtimes with request streams (Node's undici, Deno): the FormData body becomes a counting
 * stream of its own multipart bytes (`duplex: 'half'`). The bytes and the content-type with the boundary
 * both come from `new Request(url, { body: form })`, so the encoding is the runtime's own. Each call
 * (each attempt, the requester's body factory giving a fresh FormData) builds a fresh stream.
 */
export function countingFetch(onSent: OnSent): typeof fetch {
  return (input, init = {}) => {
    const form = init.body
    if (!(form instanceof FormData)) return globalThis.fetch(input, init)
    const encoded = new Request('http://encode.invalid/', { method: 'POST', body: form })
    const headers = new Headers(init.headers)
    headers.set('content-type', encoded.headers.get('content-type') ?? '')
    const body = countingStream(encoded.body as ReadableStream<Uint8Array>, onSent)
    return globalThis.fetch(input, { ...init, headers, body, duplex: 'half' } as RequestInit)
  }
}
