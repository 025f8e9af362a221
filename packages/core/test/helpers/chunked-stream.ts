/** UTF-8 bytes of a string. */
export const bytes = (text: string) => new TextEncoder().encode(text)

/**
 * A stream that hands out the given chunks one read at a time (highWaterMark 0, so nothing is read
 * ahead) and records how often it was pulled and whether it was cancelled.
 */
export function chunkedStream(chunks: Uint8Array[]) {
  const state = { cancelled: false, pulls: 0 }
  let index = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++
        const chunk = chunks[index++]
        if (chunk) controller.enqueue(chunk)
        else controller.close()
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, state }
}
