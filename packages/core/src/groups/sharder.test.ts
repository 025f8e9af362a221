import { beforeAll, describe, expect, it } from 'vitest'
import { InputValidationError } from '../errors'
import { kit } from './kit'
import { setKit } from './kit-slot'
import { createLineScanner } from './line-scanner'
import { createSharder, type ShardRange } from './sharder'

const encode = (text: string) => new TextEncoder().encode(text)

/** Shards of `text`, fed in chunks of `chunk` bytes (the cut must not depend on the chunking). */
function shard(text: string, maxRequests: number, maxBytes: number, chunk = 1 << 20): ShardRange[] {
  const out: ShardRange[] = []
  const sharder = createSharder(maxRequests, maxBytes)
  const scanner = createLineScanner((start, end, blank, line) => {
    const closed = sharder.line(start, end, blank, line)
    if (closed) out.push(closed)
  })
  const bytes = encode(text)
  for (let at = 0; at < bytes.length; at += chunk) scanner.push(bytes.subarray(at, at + chunk))
  scanner.end()
  const last = sharder.finish()
  if (last) out.push(last)
  return out
}
const slices = (text: string, ranges: ShardRange[]) =>
  ranges.map((r) => new TextDecoder().decode(encode(text).subarray(r.start, r.end)))

// The lazy chunk's modules get the client's helpers when it loads (kit.ts); here, directly.
beforeAll(() => setKit(kit))

describe('createSharder over createLineScanner', () => {
  const text = '{"a":0}\n{"a":1}\n{"a":2}\n{"a":3}\n{"a":4}\n'
  it('cuts by request count', () => {
    const ranges = shard(text, 2, 1_000)
    expect(ranges.map((r) => r.requests)).toEqual([2, 2, 1])
    expect(slices(text, ranges)).toEqual(['{"a":0}\n{"a":1}\n', '{"a":2}\n{"a":3}\n', '{"a":4}\n'])
    expect(ranges.map((r) => r.index)).toEqual([0, 1, 2])
  })
  it('cuts by bytes, terminators included', () => {
    // 8 bytes a line: 16 fit in 17, 24 do not.
    expect(shard(text, 100, 17).map((r) => r.requests)).toEqual([2, 2, 1])
    expect(shard(text, 100, 24).map((r) => r.requests)).toEqual([3, 2])
  })
  it.each([1, 3, 7, 64])('gives the same shards whatever the chunk size (%i bytes)', (chunk) => {
    const messy = '\n{"a":0}\r\n  \n{"a":"é"}\n\n\n{"a":2}\n{"a":3}'
    expect(shard(messy, 2, 1_000, chunk)).toEqual(shard(messy, 2, 1_000))
  })
  it('leaves out blank lines around shards, keeps those inside, and takes a last line without newline', () => {
    const messy = '\n\n{"a":0}\n\n{"a":1}\n\n\n{"a":2}'
    const ranges = shard(messy, 2, 1_000)
    expect(slices(messy, ranges)).toEqual(['{"a":0}\n\n{"a":1}\n', '{"a":2}'])
    expect(shard('\n \n\t\r\n', 2, 1_000)).toEqual([])
  })
  it('names maxBytesPerFile and the line of a line longer than any shard', () => {
    let caught: unknown
    try {
      shard('{"a":0}\n\n{"a":"long line"}\n', 10, 10)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputValidationError)
    expect((caught as InputValidationError).issues[0]).toMatchObject({ path: 'maxBytesPerFile', line: 3 })
  })
})
