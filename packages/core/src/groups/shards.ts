import type { BatchRequest } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'
import { kit } from './kit-slot'
import { createLineScanner } from './line-scanner'
import { createSharder, type ShardRange } from './sharder'

/** One shard, ready to upload: its bytes and whether it is the input's last. */
export interface Shard extends ShardRange {
  blob: Blob
  final: boolean
}

/** A Blob is scanned in slices of this size: one slice in memory at a time, whatever the file's size. */
const SCAN_SLICE = 1 << 20

interface Limits {
  maxRequests: number
  maxBytes: number
}

/**
 * The input's shards, in order (see createSharder for where they are cut). Blob-like input (a Blob, a
 * string, bytes) is scanned once in `Blob.slice`s to find every cut before the first shard is yielded,
 * so a line too long for any shard throws before anything is sent, and each shard is a slice of the
 * original Blob: a file on disk is never read into memory. A stream or an iterable of requests is read
 * once, and only the shard being cut is held (as Blob parts). `onRead` gets the request lines read so far.
 */
export async function* shardInput(
  input: UploadInput,
  limits: Limits,
  signal: AbortSignal | undefined,
  onRead: (requests: number) => void,
): AsyncGenerator<Shard> {
  const { invalidInput, toBlob, byteChunks } = kit()
  const closed: ShardRange[] = []
  const sharder = createSharder(limits.maxRequests, limits.maxBytes)
  let read = 0
  const scanner = createLineScanner((start, end, blank, line) => {
    const shard = sharder.line(start, end, blank, line)
    if (!blank) read++
    if (shard) closed.push(shard)
  })
  const finish = () => {
    scanner.end()
    const last = sharder.finish()
    onRead(read)
    if (!last) return invalidInput('input', 'The input holds no request line: a group needs at least one.')
    return last
  }
  const stream = toStream(input)
  if (!stream) {
    const blob = await toBlob(input, signal)
    for (let at = 0; at < blob.size; at += SCAN_SLICE) {
      signal?.throwIfAborted()
      scanner.push(new Uint8Array(await blob.slice(at, at + SCAN_SLICE).arrayBuffer()))
      onRead(read)
    }
    closed.push(finish())
    for (const [i, range] of closed.entries()) {
      yield { ...range, blob: blob.slice(range.start, range.end), final: i === closed.length - 1 }
    }
    return
  }
  const held = createHeldBytes()
  for await (const chunk of byteChunks(stream, signal)) {
    held.add(chunk)
    scanner.push(chunk)
    onRead(read)
    for (const range of closed.splice(0)) {
      yield { ...range, blob: held.take(range.start, range.end), final: false }
      held.dropBefore(range.end)
    }
  }
  const last = finish()
  for (const range of closed.splice(0))
    yield { ...range, blob: held.take(range.start, range.end), final: false }
  yield { ...last, blob: held.take(last.start, last.end), final: true }
}

/** A stream to read once, or undefined for Blob-like input (which toBlob takes as it is). */
function toStream(input: UploadInput): ReadableStream<Uint8Array> | undefined {
  if (input instanceof ReadableStream) return input
  const blobLike =
    input instanceof Blob ||
    typeof input === 'string' ||
    input instanceof Uint8Array ||
    input instanceof ArrayBuffer
  if (blobLike || typeof input !== 'object' || input === null) return undefined
  if (Symbol.iterator in input || Symbol.asyncIterator in input) {
    return kit().jsonlStream(input as Iterable<BatchRequest> | AsyncIterable<BatchRequest>)
  }
  return undefined
}

/**
 * The bytes of a stream from the current shard's start on, as Blob parts: each chunk is copied once into
 * a Blob (so the stream's buffers can go), and a shard is a Blob of slices of those parts, with no copy.
 */
function createHeldBytes() {
  let parts: { start: number; blob: Blob }[] = []
  let offset = 0
  return {
    add(chunk: Uint8Array): void {
      parts.push({ start: offset, blob: new Blob([chunk as Uint8Array<ArrayBuffer>]) })
      offset += chunk.length
    },
    take(start: number, end: number): Blob {
      const slices: Blob[] = []
      for (const part of parts) {
        const partEnd = part.start + part.blob.size
        if (partEnd <= start || part.start >= end) continue
        slices.push(
          part.blob.slice(Math.max(0, start - part.start), Math.min(part.blob.size, end - part.start)),
        )
      }
      return new Blob(slices)
    },
    dropBefore(position: number): void {
      parts = parts.filter((part) => part.start + part.blob.size > position)
    },
  }
}
