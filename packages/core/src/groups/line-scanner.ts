const LF = 10

/** Called once per line: its byte range `[start, end)` (terminator included), blankness and 1-based number. */
export type OnLine = (start: number, end: number, blank: boolean, line: number) => void

/**
 * Finds line boundaries in a byte stream, chunk by chunk, without decoding anything: byte 10 never occurs
 * inside a UTF-8 sequence, so `indexOf` on the bytes is exact, and a line split across chunks needs no
 * copy. A line is blank when it holds only spaces, tabs and CRs (as the JSONL reader counts them).
 */
export function createLineScanner(onLine: OnLine) {
  let offset = 0 // absolute offset of the next chunk
  let lineStart = 0
  let content = false
  let line = 0
  return {
    push(chunk: Uint8Array): void {
      for (let at = 0; ; ) {
        const newline = chunk.indexOf(LF, at)
        const stop = newline === -1 ? chunk.length : newline
        if (!content) content = hasContent(chunk, at, stop)
        if (newline === -1) break
        line++
        onLine(lineStart, offset + newline + 1, !content, line)
        lineStart = offset + newline + 1
        content = false
        at = newline + 1
      }
      offset += chunk.length
    },
    /** The source ended: a last line without a terminator still counts. */
    end(): void {
      if (offset > lineStart) onLine(lineStart, offset, !content, ++line)
    },
  }
}

function hasContent(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number
    if (b !== 32 && b !== 9 && b !== 13) return true
  }
  return false
}
