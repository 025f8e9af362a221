import { describe, expect, it } from 'vitest'
import { InputValidationError } from '../errors'
import { pathId } from './path'

describe('pathId', () => {
  it('percent-encodes ids so they cannot reach another route', () => {
    expect(pathId('a/b?c#d e', 'file_id')).toBe('a%2Fb%3Fc%23d%20e')
    expect(pathId('3f1c-uuid', 'job_id')).toBe('3f1c-uuid')
  })
  it.each(['', '  '])('rejects the empty id %j with InputValidationError naming the field', (id) => {
    expect(() => pathId(id, 'job_id')).toThrow(InputValidationError)
    expect(() => pathId(id, 'job_id')).toThrow(/job_id/)
  })
  it.each(['.', '..'])('rejects the dot segment %j, which a URL parser would resolve away', (id) => {
    expect(() => pathId(id, 'file_id')).toThrow(InputValidationError)
    expect(() => pathId(id, 'file_id')).toThrow(/^file_id must not be "\." or "\.\."/)
    expect(pathId('...', 'file_id')).toBe('...')
  })
})
