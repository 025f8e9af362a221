import type { toConnectionError } from '../http/failure'
import type { LineBatch } from '../jsonl/lines'

/** Lines of a file: each text and its 1-based line number in the whole file. */
export type Lines = Pick<LineBatch, 'texts' | 'lines'>

/** How often one file's download may be resumed after breaking mid-stream. */
export const MAX_RESUMES = 3

/** Opens the file, from byte `offset` on when it is > 0 (a `Range: bytes=<offset>-` request). */
export type OpenAt = (offset: number, signal: AbortSignal | undefined) => Promise<Response>

/**
 * The lines of a downloaded file, each exactly once, streamed in batches (line numbers count from the
 * file's start). If the body breaks mid-stream, the file is re-opened with `Range: bytes=<end of the last
 * complete line>-`, and reading continues from there. A 206 continues the byte count at that offset; a 200
 * (a server that ignores Range) starts over, so the lines already yielded are skipped by their number. At
 * most MAX_RESUMES resumes; then the stream's error is thrown as a ConnectionError (API.md: a network
 * failure is one, whichever runtime reported it).
 */
export async function* resumableLines(
  open: OpenAt,
  signal: AbortSignal | undefined,
  // Handed in, not imported: this module is part of the results reader's lazy chunk.
  wrap: typeof toConnectionError,
): AsyncGenerator<Lines> {
  // The line reader is shared with validateBatchInput and loads on first use: it is a lazy chunk for both,
  // and the first batch is awaited anyway.
  const { readBatches } = await import('../jsonl/lines')
  let doneBytes = 0
  let doneLines = 0
  for (let resumes = 0; ; resumes++) {
    const response = await open(doneBytes, signal)
    const partial = doneBytes > 0 && response.status === 206
    const baseBytes = partial ? doneBytes : 0
    const baseLines = partial ? doneLines : 0
    const body = response.body ?? new Blob([]).stream()
    try {
      for await (const { texts, lines, line, end } of readBatches(
        body,
        signal,
        undefined,
        baseLines,
        baseBytes,
      )) {
        // Lines are in order, so the ones already yielded (after a 200) are a prefix of the batch.
        const from = lines.findIndex((n) => n > doneLines)
        // Set before the batch is handed out: the stream is only read again once all of it was consumed.
        if (line > doneLines) {
          doneBytes = end
          doneLines = line
        }
        if (from >= 0) yield { texts: texts.slice(from), lines: lines.slice(from) }
      }
      return
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (resumes >= MAX_RESUMES) throw wrap(error, `download broke ${resumes + 1} times`)
    }
  }
}
