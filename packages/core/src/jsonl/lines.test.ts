import { describe, expect, it } from 'vitest'
import { bytes, chunkedStream as chunked } from '../../test/helpers/chunked-stream'
import { type LineBatch, readBatches } from './lines'

/** Splits bytes into chunks of `size` bytes, cutting through lines and characters alike. */
function split(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < data.length; i += size) out.push(data.slice(i, i + size))
  return out
}

type Line = { text: string; line: number }

async function batches(source: Parameters<typeof readBatches>[0]): Promise<LineBatch[]> {
  const out: LineBatch[] = []
  for await (const batch of readBatches(source)) out.push(batch)
  return out
}

async function collect(source: Parameters<typeof readBatches>[0]): Promise<Line[]> {
  return (await batches(source)).flatMap((b) =>
    b.texts.map((text, i) => ({ text, line: b.lines[i] as number })),
  )
}

describe('readBatches', () => {
  it.each([1, 2, 3, 5, 7, 11, 64])(
    'ends each batch exactly past a terminator, with multi-byte characters and CRLF (cut every %d bytes)',
    async (size) => {
      const text = '{"a":"é"}\r\n{"b":"日本"}\n\n{"c":"😀"}\n{"d":1}'
      const encoded = bytes(text)
      const found = await batches(chunked(split(encoded, size)).stream)
      expect(found.flatMap((b) => b.texts)).toEqual(['{"a":"é"}', '{"b":"日本"}', '{"c":"😀"}', '{"d":1}'])
      expect(found.flatMap((b) => b.lines)).toEqual([1, 2, 4, 5])
      for (const { end, line } of found) {
        // Checked independently: the bytes before `end` are exactly `line` whole lines, so resuming a
        // download at `end` (a Range request) gives the rest of the file from line `line + 1` on.
        const before = new TextDecoder().decode(encoded.subarray(0, end))
        if (end < encoded.length) expect(before.endsWith('\n')).toBe(true)
        expect(before.split('\n').length - (end < encoded.length ? 1 : 0)).toBe(line)
      }
      expect(found.at(-1)).toMatchObject({ end: encoded.length, line: 5 })
    },
  )

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
    expect(await batches(bytes('\uFEFF{"a":1}\n'))).toEqual([
      { texts: ['{"a":1}'], lines: [1], line: 1, end: 11 },
    ])
  })

  it('keeps a BOM that is not at the start of the source, and decodes a span of invalid UTF-8 leniently', async () => {
    const source = new Uint8Array([...bytes('{"a":1}\n\uFEFF{"b":2}\n'), 0x22, 0xc3, 0x22, 10])
    expect((await collect(source)).map((l) => l.text)).toEqual(['{"a":1}', '\uFEFF{"b":2}', '"\uFFFD"'])
  })

  it('switches between ASCII and multi-byte spans without changing the text', async () => {
    const lines = ['{"a":"x"}', '{"b":"日本"}', '{"c":"y"}', '{"d":"é"}', '{"e":"z"}']
    const { stream } = chunked(lines.map((l) => bytes(`${l}\n`)))
    expect((await collect(stream)).map((l) => l.text)).toEqual(lines)
  })

  it('reads a Blob through its stream, not blob.text()', async () => {
    const blob = new Blob(['{"a":1}\n{"b":2}\n'])
    blob.text = () => Promise.reject(new Error('must stream'))
    expect((await collect(blob)).map((l) => l.text)).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('handles a line longer than the decode window', async () => {
    const long = `{"a":"${'x'.repeat(3_000_000)}"}`
    const found = await batches(`${long}\n{"b":1}\n`)
    expect(found.flatMap((b) => b.texts.map((t) => t.length))).toEqual([long.length, 7])
    expect(found.at(-1)?.end).toBe(long.length + 9)
  })

  it('cancels the source stream when the consumer stops early', async () => {
    const { stream, state } = chunked([bytes('{"a":1}\n'), bytes('{"b":2}\n'), bytes('{"c":3}\n')])
    for await (const batch of readBatches(stream)) {
      expect(batch.lines).toEqual([1])
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
      for await (const batch of readBatches(stream, controller.signal)) {
        seen.push(...batch.lines)
        setTimeout(() => controller.abort(new Error('stop')), 5)
      }
    })()
    await expect(run).rejects.toThrow('stop')
    expect(seen).toEqual([1])
    expect(cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })
})
