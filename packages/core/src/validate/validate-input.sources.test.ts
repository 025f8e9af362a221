import { describe, expect, it } from 'vitest'
import { validateBatchInput } from './validate-input'

const endpoint = '/v1/embeddings'
const requests = [
  { custom_id: 'a', body: { model: 'mistral-embed', input: ['Comté'] } },
  { custom_id: 'a', body: { input: 3 } },
]
const text = `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`
const bytes = new TextEncoder().encode(text)

function chunked(data: Uint8Array, size: number) {
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= data.length) return controller.close()
      controller.enqueue(data.slice(at, at + size))
      at += size
    },
  })
}

async function* asyncRequests() {
  yield* requests
}

describe('validateBatchInput sources', () => {
  const expected = {
    ok: false,
    count: 2,
    total_issues: 2,
    bytes: bytes.length,
    issues: [
      {
        line: 2,
        custom_id: 'a',
        path: 'custom_id',
        message: 'duplicate custom_id "a" (first seen on line 1)',
        severity: 'error',
      },
      {
        line: 2,
        custom_id: 'a',
        path: 'body.input',
        message: 'body.input must be a string or an array, not 3',
        severity: 'error',
      },
    ],
  }

  it.each([
    ['a string', () => text],
    ['bytes', () => bytes],
    ['a Blob', () => new Blob([bytes])],
    ['a stream cut every 3 bytes', () => chunked(bytes, 3)],
    ['an array of requests', () => requests],
    ['an async iterable of requests', () => asyncRequests()],
  ])('gives the same report for %s', async (_name, source) => {
    expect(await validateBatchInput(source(), { endpoint })).toEqual(expected)
  })

  it('reports an item of an iterable that cannot be serialized', async () => {
    const report = await validateBatchInput([{ body: { input: 'x', n: 1n } }], { endpoint })
    expect(report.issues).toEqual([
      {
        line: 1,
        path: '',
        message: expect.stringMatching(/^Not JSON-serializable: .*BigInt/),
        severity: 'error',
      },
    ])
  })

  it('rejects with the signal reason when aborted', async () => {
    const reason = new Error('stop')
    await expect(validateBatchInput(text, { endpoint, signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    )
    await expect(validateBatchInput(requests, { endpoint, signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    )
  })
})
