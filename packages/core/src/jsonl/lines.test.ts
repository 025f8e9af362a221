import { describe, expect, it } from 'vitest'
import { type JsonlLine, readLines } from './lines'

const bytes = (text: string) => new TextEncoder().encode(text)

/** A stream that hands out the given chunks one read at a time and records whether it was cancelled. */
function chunked(chunks: Uint8Array[]) {
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

/** Splits bytes into chunks of `size` bytes, cutting through lines and characters alike. */
function split(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < data.length; i += size) out.push(data.slice(i, i + size))
  return out
}

async function collect(source: Parameters<typeof readLines>[0]): Promise<JsonlLine[]> {
  const out: JsonlLine[] = []
  for await (const line of readLines(source)) out.push(line)
  return out
}

describe('readLines', () => {
  it('gives exact byte offsets past each terminator, with multi-byte characters and CRLF', async () => {
    const text = '{"a":"é"}\r\n{"b":"日本"}\n\n{"c":"😀"}'
    const lines = await collect(text)
    const encoded = bytes(text)
    expect(lines.map((l) => l.text)).toEqual(['{"a":"é"}', '{"b":"日本"}', '{"c":"😀"}'])
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4])
    // Offsets computed independently: the byte length of every prefix up to and including each terminator.
    const ends = [bytes('{"a":"é"}\r\n').length, bytes('{"a":"é"}\r\n{"b":"日本"}\n').length, encoded.length]
    expect(lines.map((l) => l.end)).toEqual(ends)
    // Resuming at an offset gives the rest of the file, which is what a Range request relies on.
    expect(new TextDecoder().decode(encoded.subarray(ends[0]))).toBe('{"b":"日本"}\n\n{"c":"😀"}')
  })

  it.each([1, 2, 3, 5, 7, 64])(
    'gives the same lines and offsets when the stream is cut every %d bytes',
    async (size) => {
      const text = '\uFEFF{"x":"ü€😀"}\r\n  \n{"y":2}\n{"z":"日本語"}'
      const whole = await collect(bytes(text))
      const { stream } = chunked(split(bytes(text), size))
      expect(await collect(stream)).toEqual(whole)
      expect(whole.map((l) => l.text)).toEqual(['{"x":"ü€😀"}', '{"y":2}', '{"z":"日本語"}'])
      expect(whole.map((l) => l.line)).toEqual([1, 3, 4])
    },
  )

  it('strips a leading BOM but counts its bytes in the offsets', async () => {
    const lines = await collect(bytes('\uFEFF{"a":1}\n'))
    expect(lines).toEqual([{ text: '{"a":1}', line: 1, end: 11 }])
  })

  it('reads a Blob through its stream, not blob.text()', async () => {
    const blob = new Blob(['{"a":1}\n{"b":2}\n'])
    blob.text = () => Promise.reject(new Error('must stream'))
    expect((await collect(blob)).map((l) => l.text)).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('handles a line longer than the decode window', async () => {
    const long = `{"a":"${'x'.repeat(3_000_000)}"}`
    const lines = await collect(`${long}\n{"b":1}\n`)
    expect(lines.map((l) => l.text.length)).toEqual([long.length, 7])
    expect(lines[1]?.end).toBe(long.length + 9)
  })

  it('cancels the source stream when the consumer stops early', async () => {
    const { stream, state } = chunked([bytes('{"a":1}\n'), bytes('{"b":2}\n'), bytes('{"c":3}\n')])
    for await (const line of readLines(stream)) {
      expect(line.line).toBe(1)
      break
    }
    expect(state.cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })

  it('rejects with the signal reason when aborted while waiting for data', async () => {
    const controller = new AbortController()
    let cancelled = false
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes('{"a":1}\n'))
      },
      cancel() {
        cancelled = true
      },
    })
    const seen: number[] = []
    const run = (async () => {
      for await (const line of readLines(stream, { signal: controller.signal })) {
        seen.push(line.line)
        setTimeout(() => controller.abort(new Error('stop')), 5)
      }
    })()
    await expect(run).rejects.toThrow('stop')
    expect(seen).toEqual([1])
    expect(cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })
})
