import type { Bytes } from '../store/bytes'

const COMMA = 0x2c
const NEWLINE = 0x0a
const encoder = new TextEncoder()

/**
 * Result lines are stored as JSONL chunks that each end at a line boundary (ChunkWriter). Each chunk
 * becomes a run of array elements by turning its newlines into commas, so `outputs` is never parsed,
 * never held as objects, and never joined into one string, whatever the job's size.
 */
function* elements(files: readonly Bytes[]): Generator<Uint8Array> {
  let first = true
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (chunk.byteLength === 0) continue
      if (!first) yield Uint8Array.of(COMMA)
      first = false
      const piece = chunk.slice(0, chunk[chunk.byteLength - 1] === NEWLINE ? -1 : undefined)
      for (let i = 0; i < piece.byteLength; i++) if (piece[i] === NEWLINE) piece[i] = COMMA
      yield piece
    }
  }
}

/**
 * A JSON response of `wire` plus `outputs: [...result lines]`, streamed one stored chunk at a time
 * (`GET /v1/batch/jobs/{id}?inline=true` on a job with a gigabyte of results must not build a gigabyte
 * string). The lines are already JSON objects (contract §7), so they are copied, not re-encoded.
 */
export function inlineOutputsResponse(wire: Record<string, unknown>, files: readonly Bytes[]): Response {
  const prefix = encoder.encode(`${JSON.stringify(wire).slice(0, -1)},"outputs":[`)
  const suffix = encoder.encode(']}')
  const parts = elements(files)
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(prefix)
    },
    pull(controller) {
      const next = parts.next()
      if (next.done) {
        controller.enqueue(suffix)
        controller.close()
      } else controller.enqueue(next.value)
    },
  })
  return new Response(body, { headers: { 'content-type': 'application/json' } })
}
