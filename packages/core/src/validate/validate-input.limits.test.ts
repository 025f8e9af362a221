import { describe, expect, it } from 'vitest'
import { BATCH_FILE_REQUESTS_WARNING, MAX_BATCH_FILE_BYTES, MAX_BATCH_FILE_REQUESTS } from './limits'
import { validateBatchInput } from './validate-input'

const MiB = 1024 * 1024

/**
 * A stream of `count` valid embedding lines, each padded with spaces to exactly 1 MiB (JSON allows the
 * trailing whitespace). One chunk object is enqueued again and again, so producing 513 MiB costs no memory.
 */
function paddedLines(count: number) {
  const request = JSON.stringify({ body: { model: 'mistral-embed', input: 'x' } })
  const chunk = new TextEncoder().encode(`${request.padEnd(MiB - 1, ' ')}\n`)
  let sent = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ < count) controller.enqueue(chunk)
        else controller.close()
      },
    },
    { highWaterMark: 0 },
  )
}

describe('validateBatchInput limits', () => {
  it('uses the contract §9 limits: 512 MiB, 1,000,000 requests, a warning past 100,000', () => {
    expect(MAX_BATCH_FILE_BYTES).toBe(536_870_912)
    expect(MAX_BATCH_FILE_REQUESTS).toBe(1_000_000)
    expect(BATCH_FILE_REQUESTS_WARNING).toBe(100_000)
  })

  it('accepts exactly 512 MiB and reports 513 MiB as an issue, streaming, with the real limit', async () => {
    const at = await validateBatchInput(paddedLines(512), { endpoint: '/v1/embeddings' })
    expect(at).toMatchObject({ ok: true, count: 512, bytes: 512 * MiB, total_issues: 0 })
    const over = await validateBatchInput(paddedLines(513), { endpoint: '/v1/embeddings' })
    expect(over).toMatchObject({ ok: false, count: 513, bytes: 513 * MiB, total_issues: 1 })
    expect(over.issues[0]).toEqual({
      path: '',
      message: 'The input is 513.0 MB, over the 512.0 MB limit of a batch file; split it into several jobs',
      severity: 'error',
    })
  }, 20_000)

  it('warns past 100,000 requests without failing', async () => {
    function* requests() {
      for (let i = 0; i <= BATCH_FILE_REQUESTS_WARNING; i++) yield { custom_id: `${i}`, body: { input: 'x' } }
    }
    const report = await validateBatchInput(requests(), { endpoint: '/v1/embeddings' })
    expect(report).toMatchObject({ ok: true, count: 100_001, total_issues: 1 })
    expect(report.issues[0]).toEqual({
      path: '',
      message: "The input has 100001 requests; Mistral's known-limitations page caps a batch at 100,000",
      severity: 'warning',
    })
  })
})
