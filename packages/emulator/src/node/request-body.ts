import type { IncomingMessage } from 'node:http'

const HIGH_WATER_MARK = 64 * 1024

/**
 * The body of a Node request as a Web stream, pulled with backpressure. Unlike `Readable.toWeb`,
 * cancelling it does not destroy the socket: a handler that stops reading at a size limit must still be
 * able to answer (413) on the same connection, which the adapter then closes.
 */
export function requestBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const settle = (end: () => void) => {
          if (settled) return
          settled = true
          req.off('data', onData)
          end()
        }
        const onData = (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        }
        req.on('data', onData)
        req.once('end', () => settle(() => controller.close()))
        req.once('error', (error) => settle(() => controller.error(error)))
        // A client gone mid-body (a truncated upload) may close without 'error' on some Node versions.
        req.once('close', () =>
          settle(() => controller.error(new TypeError('the request body was cut off before its end'))),
        )
      },
      pull() {
        req.resume()
      },
      cancel() {
        settled = true
        req.pause()
        req.removeAllListeners('data')
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }),
  )
}
