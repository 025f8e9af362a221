import { describe, expect, it } from 'vitest'
import { ResponseValidationError } from '../errors'
import { parseResult } from './result'

describe('parseResult', () => {
  it.each([
    ['a 200 response', { custom_id: 'a', response: { status_code: 200, body: { x: 1 } }, error: null }, true],
    ['a 400 response', { custom_id: 'a', response: { status_code: 400, body: {} } }, false],
    ['an error object', { custom_id: 'a', error: { message: 'rate limited' } }, false],
    ['a 200 with an error string', { custom_id: 'a', response: { status_code: 200 }, error: 'boom' }, false],
    ['no response at all', { custom_id: 'a' }, false],
  ])('classifies %s (ok = %s, contract §8)', (_name, line, ok) => {
    expect(parseResult(JSON.stringify(line), 'line 1').ok).toBe(ok)
  })

  it('keeps custom_id, response, error and id', () => {
    const line = {
      id: 'batch-1',
      custom_id: 'c',
      response: { status_code: 200, body: { y: 2 } },
      error: null,
      extra: 1,
    }
    expect(parseResult(line, 'outputs[0]')).toEqual({
      id: 'batch-1',
      custom_id: 'c',
      ok: true,
      response: { status_code: 200, body: { y: 2 } },
    })
  })

  it('names the line in a ResponseValidationError for a bad line', () => {
    expect(() => parseResult('{oops', 'file f, line 7')).toThrow(ResponseValidationError)
    expect(() => parseResult('{"response":{"status_code":"200"}}', 'file f, line 7')).toThrow(/line 7/)
  })
})
