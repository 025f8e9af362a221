import type { OnSent } from './xhr-fetch'

// Node and Deno hand an in-memory Blob part over as one chunk (20 MB in one read), so chunks are cut to
// this size: a slice is a view (no copy), and each is counted when fetch takes it.
const SLICE = 64 * 1024

/** The multipart bytes of a FormData, passed on in slices, with a running count reported as each is read. */
function countingStream(source: ReadableStream<Uint8Array>, onSent: OnSent): ReadableStream<Uint8Array> {
  const reader = source.getReader()
  let pending: Uint8Array | undefined
  let sent = 0
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!pending?.byteLength) {
          const { done, value } = await reader.read()
          if (done) return controller.close()
          pending = value
        }
        const slice = pending.subarray(0, SLICE)
        pending = pending.subarray(slice.byteLength)
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
