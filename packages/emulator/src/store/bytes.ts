/**
 * File contents as a list of byte chunks. Output files of large jobs exceed what one JS string or one
 * allocation should hold (100,000 embedding lines are ~1 GB), so contents are never joined.
 */
export interface Bytes {
  readonly chunks: readonly Uint8Array[]
  readonly size: number
}

export function bytesOf(chunks: readonly Uint8Array[]): Bytes {
  return { chunks, size: chunks.reduce((sum, c) => sum + c.byteLength, 0) }
}

const NEWLINE = 10

function isBlank(byte: number): boolean {
  return byte === 32 || byte === 9 || byte === 13 || byte === NEWLINE
}

/** Non-blank lines, counted on the bytes without decoding (a 512 MB upload must not become a string). */
export function countLines(bytes: Bytes): number {
  let lines = 0
  let lineHasContent = false
  for (const chunk of bytes.chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number
      if (byte === NEWLINE) {
        if (lineHasContent) lines++
        lineHasContent = false
      } else if (!isBlank(byte)) lineHasContent = true
    }
  }
  return lineHasContent ? lines + 1 : lines
}

/** Yields each non-blank line's text, one chunk decoded at a time. */
export function* linesOf(bytes: Bytes): Generator<string> {
  const decoder = new TextDecoder()
  let carry = ''
  for (const chunk of bytes.chunks) {
    const text = carry + decoder.decode(chunk, { stream: true })
    const parts = text.split('\n')
    carry = parts.pop() ?? ''
    for (const part of parts) if (part.trim() !== '') yield part
  }
  carry += decoder.decode()
  if (carry.trim() !== '') yield carry
}

export interface StreamOptions {
  /** First byte to send (for `Range: bytes=N-`). */
  start: number
  /** Error the stream after this many bytes from `start` to emulate a cut connection. */
  cutAfter?: number
}

const PIECE = 64 * 1024

/** A pull stream over the chunks, from `start`, in pieces of 64 KiB so a consumer can stop anywhere. */
export function streamOf(bytes: Bytes, { start, cutAfter }: StreamOptions): ReadableStream<Uint8Array> {
  let chunkIndex = 0
  let offset = start
  while (chunkIndex < bytes.chunks.length && offset >= (bytes.chunks[chunkIndex] as Uint8Array).byteLength) {
    offset -= (bytes.chunks[chunkIndex] as Uint8Array).byteLength
    chunkIndex++
  }
  let left = cutAfter ?? Number.POSITIVE_INFINITY
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = bytes.chunks[chunkIndex]
      if (left <= 0) {
        controller.error(new TypeError('emulated fault: connection cut mid-download'))
        return
      }
      if (!chunk) {
        controller.close()
        return
      }
      const piece = chunk.subarray(offset, Math.min(chunk.byteLength, offset + PIECE, offset + left))
      offset += piece.byteLength
      left -= piece.byteLength
      if (offset >= chunk.byteLength) {
        chunkIndex++
        offset = 0
      }
      controller.enqueue(piece)
    },
  })
}

/** Accumulates JSONL text and encodes it in ~1 MiB chunks, so 100,000 lines are a few hundred arrays. */
export class ChunkWriter {
  private readonly chunks: Uint8Array[] = []
  private pending: string[] = []
  private pendingLength = 0
  private readonly encoder = new TextEncoder()
  lines = 0

  writeLine(line: string): void {
    this.pending.push(line, '\n')
    this.pendingLength += line.length + 1
    this.lines++
    if (this.pendingLength >= 1024 * 1024) this.flush()
  }

  private flush(): void {
    if (this.pendingLength === 0) return
    this.chunks.push(this.encoder.encode(this.pending.join('')))
    this.pending = []
    this.pendingLength = 0
  }

  /** The bytes written so far (flushes pending text first). */
  bytes(): Bytes {
    this.flush()
    return bytesOf([...this.chunks])
  }
}
