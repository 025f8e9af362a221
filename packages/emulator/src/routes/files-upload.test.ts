import { describe, expect, it } from 'vitest'
import { BASE, setup } from '../../test/helpers'

const SLACK = 64 * 1024

/** A multipart upload body that never ends on its own; `pulled` counts what the emulator read. */
function endlessUpload() {
  const encoder = new TextEncoder()
  const state = { pulled: 0, cancelled: false }
  let first = true
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const text = first
        ? '--b\r\ncontent-disposition: form-data; name="file"; filename="x.jsonl"\r\n\r\n'
        : `${'{"custom_id":"x","body":{}}'.padEnd(8_191, ' ')}\n`
      first = false
      const chunk = encoder.encode(text)
      state.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { body, state }
}

describe('POST /v1/files size limit', () => {
  it.each([10_000, 100_000, 1_000_000])(
    'stops reading a body of unknown length past maxFileBytes=%i, cancels it and answers 413',
    async (maxFileBytes) => {
      const { emulator } = setup({ maxFileBytes })
      const { body, state } = endlessUpload()
      const response = await emulator.fetch(
        new Request(`${BASE}/v1/files`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'multipart/form-data; boundary=b' },
          duplex: 'half',
        } as RequestInit),
      )
      expect(response.status).toBe(413)
      expect(await response.json()).toMatchObject({ code: 'file_too_large', type: 'invalid_request_error' })
      expect(state.cancelled).toBe(true)
      // The stream's own read-ahead is a few chunks at most.
      expect(state.pulled).toBeLessThan(maxFileBytes + SLACK + 4 * 8_192)
      expect(emulator.state.files).toBe(0)
    },
  )
})
