import { byteChunks, type JsonlSource } from './source'

/**
 * The complete lines of one span of a JSONL source. Parallel arrays, not an object per line: at a million
 * lines those objects are most of what the garbage collector has to sweep, after the parsed values.
 */
export interface LineBatch {
  /** Each non-blank line's text, without its `\n` / `\r\n` terminator (nor a leading BOM on line 1). */
  texts: string[]
  /** Each text's 1-based line number; blank lines are counted even though they are left out. */
  lines: number[]
  /** Lines of the source up to `end`, blank ones included. */
  line: number
  /** Byte offset just past the span's last terminator (the source's length after a last line without one). */
  end: number
}

/** What `stats` of {@link readBatches} counts, and the decoder it may replace. */
export interface LineStats {
  bytes: number
  decode?: (bytes: Uint8Array, firstLine: number) => string
}

/**
 * Complete lines are decoded in spans of up to this many bytes with one `TextDecoder` call each, then split
 * on `'\n'` natively: per-line decoding, or a per-byte loop, costs more than `JSON.parse` itself. 32 KB,
 * not more: a span's string is live while its lines are consumed, so every young-generation GC copies it,
 * and with 64 KB spans (128 KB strings) those copies made V8 double its young generation to 32 MB on a 1 GB
 * download (+16 MB RSS). Throughput is the same from 16 KB to 1 MB spans.
 */
const WINDOW = 1 << 15
const LF = 10

/**
 * Splits a JSONL source into lines, streaming, one batch per span. Handles lines split across chunks, CRLF,
 * a UTF-8 character split across chunks (only complete lines are decoded, and byte 10 never occurs inside
 * a UTF-8 sequence), a leading BOM and a missing final newline. Whitespace-only lines are skipped but keep
 * their number. Invalid UTF-8 decodes to U+FFFD rather than throwing. `stats.bytes`, when given, counts the
 * source's bytes as they stream by; `stats.decode`, when given, replaces the lenient decoding of each span
 * (`firstLine` is its first line number), so validation can flag invalid UTF-8 (validate/utf8.ts). A
 * resumed download passes the `line` and byte `offset` it starts at, so numbers and ends count from the
 * file's start.
 * Breaking out of the loop, or aborting `signal`, cancels the source stream and releases its lock.
 */
export async function* readBatches(
  source: JsonlSource,
  signal?: AbortSignal,
  stats?: LineStats,
  line = 0,
  offset = 0, // bytes of the source before the current chunk
): AsyncGenerator<LineBatch> {
  signal?.throwIfAborted()
  // ignoreBOM keeps U+FEFF in the output: each decode() call would otherwise strip one at every span start.
  const fast = new TextDecoder('utf-8', { ignoreBOM: true })
  // Node 20 decodes non-ASCII UTF-8 twice as fast through ICU (which a decoder uses for good once it has
  // seen `stream: true`) as through its default path, which is six times faster on ASCII. So each span takes
  // the path that suited the previous one. Other runtimes have one path: both decoders are the same there.
  const icu = new TextDecoder('utf-8', { ignoreBOM: true })
  icu.decode(new Uint8Array(0), { stream: true })
  let ascii = true
  const decode =
    stats?.decode ??
    ((bytes: Uint8Array) => {
      const text = (ascii ? fast : icu).decode(bytes)
      // As many UTF-16 units as bytes: no multi-byte character in this span.
      ascii = text.length === bytes.length
      return text
    })
  let pending: Uint8Array[] = [] // the start of a line that continues in a later chunk
  let texts: string[] = []
  let lines: number[] = []

  // Adds the lines of `text` (which holds no terminator after its last line) to the batch.
  const add = (text: string) => {
    for (let at = 0; at <= text.length; ) {
      let stop = text.indexOf('\n', at)
      if (stop === -1) stop = text.length
      const next = stop + 1
      line++
      if (line === 1 && text.charCodeAt(0) === 0xfeff) at++
      if (text.charCodeAt(stop - 1) === 13 && stop > at) stop--
      if (stop > at && (text.charCodeAt(at) > 32 || text.slice(at, stop).trim() !== '')) {
        texts.push(text.slice(at, stop))
        lines.push(line)
      }
      at = next
    }
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
        add(decode(concat(pending), line + 1))
        pending = []
        start = newline + 1
      }
      if (start <= last) add(decode(chunk.subarray(start, last), line + 1))
      start = last + 1
      yield { texts, lines, line, end: offset + start }
      // New arrays, not emptied ones: the consumer may still hold the batch's.
      texts = []
      lines = []
    }
    if (start < length) pending.push(chunk.subarray(start))
    offset += length
  }
  signal?.throwIfAborted()
  if (pending.length > 0) {
    add(decode(concat(pending), line + 1))
    yield { texts, lines, line, end: offset }
  }
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
