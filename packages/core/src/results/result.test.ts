import { describe, expect, it } from 'vitest'
import { ResponseValidationError } from '../errors'
import { check, parseBody } from '../http/parse'
import { ResultLineSchema } from '../schemas/result'
import { resultParser } from './result'

const parseResult = resultParser({ check, parseBody, ResultLineSchema })

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

  it('names the line number it is given, only in the error', () => {
    expect(() => parseResult('{"custom_id":7}', 'file f', 12)).toThrow(
      /^file f, line 12: unexpected custom_id/,
    )
  })

  it.each([
    ['a numeric id', { id: 5, custom_id: 'a' }],
    ['a numeric custom_id', { custom_id: 3 }],
    ['a string status_code', { custom_id: 'a', response: { status_code: '200' } }],
    ['a response array', { custom_id: 'a', response: [] }],
    ['a response string', { custom_id: 'a', response: 'ok' }],
    ['null', null],
    ['a number', 42],
  ])('leaves a line with %s to the schema, which rejects it', (_name, line) => {
    expect(() => parseResult(JSON.stringify(line), 'file f', 1)).toThrow(ResponseValidationError)
    expect(() => parseResult(line, 'outputs[0]')).toThrow(ResponseValidationError)
  })

  it('gives the same result for a §7 line as the schema would (text or object)', () => {
    const line = { id: 'x', custom_id: 'c', response: { status_code: 201, body: { a: [1] } }, error: null }
    const expected = { id: 'x', custom_id: 'c', ok: true, response: { status_code: 201, body: { a: [1] } } }
    expect(parseResult(JSON.stringify(line), 'file f', 1)).toEqual(expected)
    expect(parseResult(line, 'outputs[0]')).toEqual(expected)
    expect(parseResult('{"response":null,"error":"boom"}', 'file f', 2)).toEqual({
      custom_id: '',
      ok: false,
      error: 'boom',
    })
  })
})
