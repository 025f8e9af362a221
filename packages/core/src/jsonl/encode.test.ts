import { describe, expect, it } from 'vitest'
import type { BatchRequest } from '../schemas/job'
import { jsonlStream, toJsonl } from './encode'
import { parseJsonl } from './parse'

const requests: BatchRequest[] = [
  {
    custom_id: '0',
    body: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Fromage ? 🧀\nyes' }] },
  },
  { custom_id: '1', body: { input: ['a', 'b'] } },
]

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const value of iterable) out.push(value)
  return out
}

describe('toJsonl', () => {
  it('writes one JSON object per line, each ending with a newline, and round-trips', async () => {
    const text = toJsonl(requests)
    expect(text.split('\n')).toHaveLength(3)
    expect(text.endsWith('}\n')).toBe(true)
    expect(await all(parseJsonl(text))).toEqual(requests)
  })

  it('writes an empty string for no requests', () => {
    expect(toJsonl([])).toBe('')
  })
})

describe('jsonlStream', () => {
  it('encodes the same bytes as toJsonl and round-trips', async () => {
    const text = await new Response(jsonlStream(requests)).text()
    expect(text).toBe(toJsonl(requests))
    expect(await all(parseJsonl(jsonlStream(requests)))).toEqual(requests)
  })

  it('accepts an async iterable', async () => {
    async function* source() {
      yield* requests
    }
    expect(await new Response(jsonlStream(source())).text()).toBe(toJsonl(requests))
  })

  it('pulls lazily: reading one chunk of an endless generator terminates, and cancel stops the generator', async () => {
    let produced = 0
    let finished = false
    function* endless(): Generator<BatchRequest> {
      try {
        for (;;) yield { custom_id: String(produced++), body: { input: 'x' } }
      } finally {
        finished = true
      }
    }
    const reader = jsonlStream(endless()).getReader()
    const first = await reader.read()
    expect(first.done).toBe(false)
    const size = first.value?.length ?? 0
    // About one 64 KB chunk, not the whole (infinite) input.
    expect(size).toBeGreaterThanOrEqual(64 * 1024)
    expect(size).toBeLessThan(80 * 1024)
    const afterFirst = produced
    await new Promise((resolve) => setTimeout(resolve, 10))
    // Backpressure: at most one more chunk is prepared while nobody reads.
    expect(produced).toBeLessThanOrEqual(afterFirst * 2 + 1)
    await reader.cancel()
    expect(finished).toBe(true)
  })

  it('errors the stream when the source throws', async () => {
    function* broken(): Generator<BatchRequest> {
      yield { body: {} }
      throw new Error('source failed')
    }
    await expect(new Response(jsonlStream(broken())).text()).rejects.toThrow('source failed')
  })
})
