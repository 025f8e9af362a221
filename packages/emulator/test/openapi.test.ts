import { describe, expect, it } from 'vitest'
import { expectEndpointSchema, expectFilesBatchSchema } from './openapi'

describe('contract schemas', () => {
  it('rejects values that break the loaded schemas, so the route checks can fail', () => {
    expect(() => expectFilesBatchSchema('BatchJob', { id: 'x' })).toThrow(/required property/)
    expect(() => expectFilesBatchSchema('FileSchema', { id: 'not-a-uuid' })).toThrow()
    expect(() =>
      expectEndpointSchema('EmbeddingResponse', { id: 'x', object: 'list', model: 'm', usage: {} }),
    ).toThrow()
  })
})
