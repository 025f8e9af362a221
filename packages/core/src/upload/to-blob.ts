import { invalidInput } from '../errors'
import { jsonlStream } from '../jsonl/encode'
import type { BatchRequest } from '../schemas/job'

/** Everything `files.upload` accepts (API.md "Files"). */
export type UploadInput =
  | Blob
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | Iterable<BatchRequest>
  | AsyncIterable<BatchRequest>

/** Reads a stream into Blob parts, chunk by chunk: the bytes are held once, never joined into a string. */
async function collect(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<Blob> {
  const parts: BlobPart[] = []
  const reader = stream.getReader()
  try {
    for (;;) {
      signal?.throwIfAborted()
      const { done, value } = await reader.read()
      if (done) return new Blob(parts)
      parts.push(value as Uint8Array<ArrayBuffer>)
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {})
    throw error
  }
}

/**
 * Turns any upload input into a Blob. Why a Blob: fetch sends multipart only from FormData, and a
 * FormData file part must be a Blob. Streaming a request body instead needs `duplex: 'half'`, which
 * Firefox and Safari lack and Chrome allows only over HTTP/2, and it could not be re-sent after a
 * failure. So what streams is the encoding: an iterable of requests is encoded by jsonlStream chunk by
 * chunk into Blob parts (no giant string; browsers may keep large Blobs on disk), and a ReadableStream is
 * read the same way. Peak memory is the file's size, held once. Blob, string and bytes are used as is.
 */
export async function toBlob(input: UploadInput, signal?: AbortSignal): Promise<Blob> {
  if (input instanceof Blob) return input
  if (typeof input === 'string') return new Blob([input])
  if (input instanceof Uint8Array) return new Blob([input as Uint8Array<ArrayBuffer>])
  if (input instanceof ArrayBuffer) return new Blob([input])
  if (input instanceof ReadableStream) return collect(input, signal)
  if (
    typeof input === 'object' &&
    input !== null &&
    (Symbol.iterator in input || Symbol.asyncIterator in input)
  ) {
    return collect(jsonlStream(input), signal)
  }
  return invalidInput(
    'input',
    'input must be a Blob, string, bytes, a ReadableStream or an iterable of requests',
  )
}
