/** A Web fetch handler: the emulator's `fetch`, or any `(Request) => Response`. */
type Handler = (request: Request) => Promise<Response>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * `source`, read no faster than `bytesPerSecond` on average. The wait is owed per byte but only taken
 * once it adds up to 20 ms: a timer cannot sleep for the microseconds one small chunk is worth.
 */
function throttled(source: ReadableStream<Uint8Array>, bytesPerSecond: number): ReadableStream<Uint8Array> {
  const reader = source.getReader()
  const started = Date.now()
  let read = 0
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read()
        if (done) return controller.close()
        controller.enqueue(value)
        read += value.byteLength
        const ahead = started + (read / bytesPerSecond) * 1000 - Date.now()
        if (ahead >= 20) await sleep(ahead)
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Read nothing ahead, so the slowness reaches the socket and the client's upload progress.
    { highWaterMark: 0 },
  )
}

/**
 * Wraps a handler so that it reads request bodies at about `bytesPerSecond`, as a server on a slow link
 * would: an upload then takes long enough for its progress to be watched on loopback. Requests without
 * a body, and a rate that is not a positive number, pass through untouched.
 */
export function throttleUploads(handler: Handler, bytesPerSecond: number): Handler {
  if (!(bytesPerSecond > 0)) return handler
  return (request) => {
    if (!request.body) return handler(request)
    const { method, headers, signal } = request
    const body = throttled(request.body, bytesPerSecond)
    return handler(new Request(request.url, { method, headers, signal, body, duplex: 'half' } as RequestInit))
  }
}
