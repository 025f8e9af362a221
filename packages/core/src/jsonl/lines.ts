import { byteChunks, type JsonlSource } from './source'

/** One non-blank line of a JSONL source. */
export interface JsonlLine {
  /** The line's text, without its `\n` / `\r\n` terminator (and without a leading BOM on line 1). */
  text: string
  /** 1-based line number; blank lines are counted even though they are not yielded. */
  line: number
  /** Byte offset just past this line's terminator in the source (the source's length for a last line without one). */
  end: number
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** Stops reading (and cancels the source stream) with the signal's reason. Defaults to none. */
  signal?: AbortSignal
}

/**
 * Complete lines are decoded in spans of up to this many bytes with one `TextDecoder` call each, then split
 * on `'\n'` natively: per-line decoding, or a per-byte loop, costs more than `JSON.parse` itself.
 */
const WINDOW = 1 << 20
const LF = 10

/**
 * Splits a JSONL source into lines, streaming. Handles lines split across chunks, CRLF, a UTF-8 character
 * split across chunks (only complete lines are decoded, and byte 10 never occurs inside a UTF-8 sequence),
 * a leading BOM and a missing final newline. Whitespace-only lines are skipped but keep their number.
 * Invalid UTF-8 decodes to U+FFFD rather than throwing. Internal: yields lines in batches, one per span;
 * with `offsets: false`, `end` is only exact for lines that end a span (parseJsonl has no use for it).
 * `stats.bytes`, when given, counts the source's bytes as they stream by; `stats.decode`, when given,
 * replaces the lenient decoding of each span of complete lines (`firstLine` is the span's first line number),
 * so validation can flag invalid UTF-8 (validate/utf8.ts) without costing parseJsonl anything.
 */
export async function* lineBatches(
  source: JsonlSource,
  signal?: AbortSignal,
  offsets = true,
  stats?: { bytes: number; decode?: (bytes: Uint8Array, firstLine: number) => string },
): AsyncGenerator<JsonlLine[]> {
  signal?.throwIfAborted()
  // ignoreBOM keeps U+FEFF in the output: each decode() call would otherwise strip one at every span start.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const decode = stats?.decode ?? ((bytes: Uint8Array) => decoder.decode(bytes))
  let line = 0
  let offset = 0 // bytes of the source before the current chunk
  let pending: Uint8Array[] = [] // the start of a line that continues in a later chunk
  let batch: JsonlLine[] = []

  const emit = (raw: string, end: number) => {
    line++
    let text = raw
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1)
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return
    batch.push({ text, line, end })
  }

  for await (const chunk of byteChunks(source, signal)) {
    signal?.throwIfAborted()
    const length = chunk.length
    if (stats) stats.bytes += length
    let start = 0
    while (start < length) {
      let last = chunk.lastIndexOf(LF, Math.min(start + WINDOW, length) - 1)
      // No newline in this window: a line longer than the window, or the chunk's unfinished tail.
      if (last < start) last = chunk.indexOf(LF, start)
      if (last === -1) break
      if (pending.length > 0) {
        const newline = chunk.indexOf(LF, start)
        pending.push(chunk.subarray(start, newline))
        emit(decode(concat(pending), line + 1), offset + newline + 1)
        pending = []
        start = newline + 1
      }
      if (start <= last) {
        const span = decode(chunk.subarray(start, last), line + 1)
        let at = 0
        let byte = start
        for (;;) {
          const next = span.indexOf('\n', at)
          if (next === -1) {
            emit(at === 0 ? span : span.slice(at), offset + last + 1)
            break
          }
          // The k-th '\n' of the string is the k-th byte 10 of the span: both give the same line break.
          // Finding it costs a second scan, so it is skipped when the caller has no use for `end`.
          const nextByte = offsets ? chunk.indexOf(LF, byte) : -1
          emit(span.slice(at, next), offset + nextByte + 1)
          at = next + 1
          byte = nextByte + 1
        }
        start = last + 1
      }
      if (batch.length > 0) {
        yield batch
        batch = []
      }
    }
    if (start < length) pending.push(chunk.subarray(start))
    offset += length
  }
  signal?.throwIfAborted()
  if (pending.length > 0) {
    emit(decode(concat(pending), line + 1), offset)
    if (batch.length > 0) yield batch
  }
}

/**
 * Reads a JSONL source line by line, streaming; see {@link JsonlLine} for what each line carries.
 * Breaking out of the loop, or aborting `signal`, cancels the source stream and releases its lock.
 */
export async function* readLines(source: JsonlSource, options?: ReadLinesOptions): AsyncGenerator<JsonlLine> {
  for await (const batch of lineBatches(source, options?.signal)) yield* batch
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array
  let size = 0
  for (const part of parts) size += part.length
  const out = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
