import { describe, expect, it } from 'vitest'
import { validateBatchInput } from '../validate/validate-input'
import { readBatches } from './lines'
import { parseJsonl } from './parse'
import { byteChunks, type JsonlChunk } from './source'

const TEXT = '{"a":"é"}\n{"b":"日本"}\n{"c":"😀"}\n'
const bytes = new TextEncoder().encode(TEXT)

/** A stream of the given chunks, like Node 20's FileHandle.readableWebStream() (ArrayBuffer chunks). */
function streamOf(chunks: unknown[]): ReadableStream<JsonlChunk> {
  let index = 0
  return new ReadableStream<JsonlChunk>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++] as JsonlChunk)
      else controller.close()
    },
  })
}

/** The file cut every 5 bytes (through characters and lines alike), each piece converted by `as`. */
const pieces = (as: (part: Uint8Array) => unknown) => {
  const out: unknown[] = []
  for (let i = 0; i < bytes.length; i += 5) out.push(as(bytes.slice(i, i + 5)))
  return out
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const value of iterable) out.push(value)
  return out
}

const EXPECTED = [{ a: 'é' }, { b: '日本' }, { c: '😀' }]

describe('byteChunks', () => {
  it.each([
    ['ArrayBuffer', (p: Uint8Array) => p.buffer],
    ['DataView', (p: Uint8Array) => new DataView(p.buffer)],
    // A view into the middle of a bigger buffer: only its own bytes count, not the whole buffer.
    [
      'offset Uint16Array',
      (p: Uint8Array) => {
        const big = new Uint8Array(16 + p.length + (p.length % 2) + 16).fill(0x7b)
        big.set(p, 16)
        return p.length % 2 === 0
          ? new Uint16Array(big.buffer, 16, p.length / 2)
          : new DataView(big.buffer, 16, p.length)
      },
    ],
    ['Uint8Array subarray', (p: Uint8Array) => new Uint8Array([1, ...p, 2]).subarray(1, p.length + 1)],
  ])('parseJsonl reads a stream of %s chunks', async (_name, as) => {
    expect(await all(parseJsonl(streamOf(pieces(as))))).toEqual(EXPECTED)
  })

  it('readBatches keeps exact byte offsets with ArrayBuffer chunks', async () => {
    // Each line's end, computed independently: the byte length of the text up to and including its '\n'.
    const ends = TEXT.split('\n')
      .slice(0, 3)
      .map((_, i, lines) => new TextEncoder().encode(`${lines.slice(0, i + 1).join('\n')}\n`).length)
    // One ArrayBuffer per line, so that each line ends a batch of its own.
    const chunks = ends.map((end, i) => bytes.slice(i === 0 ? 0 : ends[i - 1], end).buffer)
    const batches = await all(readBatches(streamOf(chunks)))
    expect(batches.map((b) => [b.end, b.line])).toEqual(ends.map((end, i) => [end, i + 1]))
  })

  it('encodes string chunks, with a line and a multi-byte character split between them', async () => {
    const cut = TEXT.indexOf('日') + 1
    const source = streamOf([TEXT.slice(0, cut), TEXT.slice(cut)])
    expect(await all(parseJsonl(source))).toEqual(EXPECTED)
  })

  it('validateBatchInput counts the lines and bytes of ArrayBuffer chunks', async () => {
    const report = await validateBatchInput(streamOf(pieces((p) => p.buffer)))
    expect(report.count).toBe(3)
    expect(report.bytes).toBe(bytes.length)
  })

  it.each([
    ['a number', 42],
    ['a plain object', { length: 3 }],
    ['null', null],
  ])('throws a TypeError for %s, never drops it', async (_name, chunk) => {
    const run = all(byteChunks(streamOf([bytes, chunk])))
    await expect(run).rejects.toThrow(TypeError)
    await expect(all(parseJsonl(streamOf([chunk])))).rejects.toThrow(TypeError)
  })
})
