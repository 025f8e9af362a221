import { describe, expect, it } from 'vitest'
import {
  ApiError,
  ConnectionError,
  InputValidationError,
  ResponseValidationError,
  TimeoutError,
} from '../errors'
import { isTransientError } from './transient'

const api = (status: number) =>
  new ApiError({ message: String(status), status, body: null, method: 'GET', url: 'u' })

describe('isTransientError (the one policy of wait and the observers)', () => {
  it.each([
    ['a ConnectionError', new ConnectionError('reset')],
    ['a TimeoutError', new TimeoutError('slow')],
    ...[408, 429, 500, 502, 503, 504].map((s) => [`an ApiError ${s}`, api(s)] as [string, unknown]),
  ])('waits out %s', (_, error) => {
    expect(isTransientError(error)).toBe(true)
  })

  it.each([
    ...[400, 401, 403, 404, 409, 422].map((s) => [`an ApiError ${s}`, api(s)] as [string, unknown]),
    ['a ResponseValidationError', new ResponseValidationError('bad', { issues: [], data: null })],
    ['an InputValidationError', new InputValidationError('bad', [])],
    ['a plain TypeError (a bug)', new TypeError('x is not a function')],
    ['a caller abort reason', 'stop'],
    ['undefined', undefined],
  ])('treats %s as final', (_, error) => {
    expect(isTransientError(error)).toBe(false)
  })
})
