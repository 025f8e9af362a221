import { describe, expect, it } from 'vitest'
import { bytes, chunkedStream as streamOf } from '../../test/helpers/chunked-stream'
import { type InputValidationError, isInputValidationError } from '../errors'
import { parseJsonl } from './parse'

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const value of iterable) out.push(value)
  return out
}

const BAD = '{"a":1}\n{"b":2}\n{"c":\n{"d":4}\n'

describe('parseJsonl', () => {
  it('joins a line split across chunks', async () => {
    const { stream } = streamOf([
      bytes('{"custom_id":"a","bo'),
      bytes('dy":{}}\n{"custom_id":'),
      bytes('"b","body":{}}\n'),
    ])
    expect(await all(parseJsonl(stream))).toEqual([
      { custom_id: 'a', body: {} },
      { custom_id: 'b', body: {} },
    ])
  })

  it('reads CRLF line endings', async () => {
    expect(await all(parseJsonl('{"a":1}\r\n{"b":"x"}\r\n'))).toEqual([{ a: 1 }, { b: 'x' }])
  })

  it('decodes a UTF-8 character split across chunks', async () => {
    const data = bytes('{"t":"é😀"}\n')
    // Cut inside the 2-byte é (offset 7) and inside the 4-byte emoji (offset 10).
    const { stream } = streamOf([data.slice(0, 7), data.slice(7, 10), data.slice(10)])
    expect(await all(parseJsonl(stream))).toEqual([{ t: 'é😀' }])
  })

  it('skips blank and whitespace-only lines', async () => {
    expect(await all(parseJsonl('\n{"a":1}\n\n   \n\t\r\n{"b":2}\n\n'))).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('reads a last line without a final newline', async () => {
    expect(await all(parseJsonl('{"a":1}\n{"b":2}'))).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('ignores a leading BOM', async () => {
    expect(await all(parseJsonl(bytes('\uFEFF{"a":1}\n')))).toEqual([{ a: 1 }])
  })

  it('reads a Blob', async () => {
    expect(await all(parseJsonl(new Blob(['{"a":1}\n', '{"b":2}'])))).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('throws InputValidationError naming the 1-based line by default, after the lines before it', async () => {
    const seen: unknown[] = []
    const error = await (async () => {
      for await (const value of parseJsonl(`\n${BAD}`)) seen.push(value)
    })().catch((e: unknown) => e)
    expect(isInputValidationError(error)).toBe(true)
    const e = error as InputValidationError
    expect(e.message).toMatch(/^Line 4 is not valid JSON: /)
    expect(e.issues).toEqual([{ line: 4, path: '', message: e.message, severity: 'error' }])
    expect(seen).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('drops a bad line silently with onInvalid: skip', async () => {
    const parsed = parseJsonl(BAD, { onInvalid: 'skip' })
    expect(await all(parsed)).toEqual([{ a: 1 }, { b: 2 }, { d: 4 }])
    expect(parsed.issues).toEqual([])
  })

  it('records a bad line by number with onInvalid: collect', async () => {
    const parsed = parseJsonl(`${BAD}nope\n`, { onInvalid: 'collect' })
    expect(await all(parsed)).toEqual([{ a: 1 }, { b: 2 }, { d: 4 }])
    expect(parsed.issues.map((i) => i.line)).toEqual([3, 5])
    expect(parsed.issues[1]?.message).toMatch(/^Line 5 is not valid JSON: /)
    expect(parsed.issues[1]?.path).toBe('')
  })

  it('releases the stream on an early break', async () => {
    const { stream, state } = streamOf([bytes('{"a":1}\n'), bytes('{"b":2}\n'), bytes('{"c":3}\n')])
    for await (const value of parseJsonl(stream)) {
      expect(value).toEqual({ a: 1 })
      break
    }
    expect(state.cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })

  it('releases the stream when a bad line throws', async () => {
    const { stream, state } = streamOf([bytes('oops\n'), bytes('{"b":2}\n')])
    await expect(all(parseJsonl(stream))).rejects.toThrow('Line 1 is not valid JSON')
    expect(state.cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })

  it('rejects with the signal reason when aborted, and releases the stream', async () => {
    const controller = new AbortController()
    const { stream, state } = streamOf([bytes('{"a":1}\n'), bytes('{"b":2}\n'), bytes('{"c":3}\n')])
    const seen: unknown[] = []
    const run = (async () => {
      for await (const value of parseJsonl(stream, { signal: controller.signal })) {
        seen.push(value)
        controller.abort(new Error('user stop'))
      }
    })()
    await expect(run).rejects.toThrow('user stop')
    expect(seen).toEqual([{ a: 1 }])
    expect(state.cancelled).toBe(true)
    expect(stream.locked).toBe(false)
  })

  it('rejects at once with an already-aborted signal', async () => {
    const reason = new Error('already')
    await expect(all(parseJsonl('{"a":1}\n', { signal: AbortSignal.abort(reason) }))).rejects.toBe(reason)
  })
})
