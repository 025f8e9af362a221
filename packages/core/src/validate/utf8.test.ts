import { describe, expect, it } from 'vitest'
import { strictUtf8 } from './utf8'
import { validateBatchInput } from './validate-input'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))

describe('strictUtf8', () => {
  it('decodes valid UTF-8 (U+FFFD written as real UTF-8 included) and reports nothing', () => {
    const bad: number[] = []
    expect(strictUtf8((line) => bad.push(line))(bytes('a\uFFFD\nb'), 4)).toBe('a\uFFFD\nb')
    expect(bad).toEqual([])
  })

  it('reports each line of a span holding invalid bytes, numbered from firstLine', () => {
    const bad: number[] = []
    const text = strictUtf8((line) => bad.push(line))(bytes('ok\n', [0x63, 0xe9], '\nok\n', [0xff]), 10)
    expect(bad).toEqual([11, 13])
    expect(text).toBe('ok\nc\uFFFD\nok\n\uFFFD')
  })
})

describe('validateBatchInput on non-UTF-8 input', () => {
  it('flags the line with invalid UTF-8, even inside a JSON string that parses', async () => {
    const line = (id: string) => `{"custom_id":"${id}","body":{"x":"`
    const report = await validateBatchInput(bytes(`${line('a')}1"}}\n`, line('b'), [0xe9], '"}}\n'), {})
    expect(report.ok).toBe(false)
    expect(report.issues).toEqual([
      expect.objectContaining({
        line: 2,
        path: '',
        message: expect.stringMatching(/^Line 2 is not valid UTF-8/),
      }),
    ])
  })
})
