import { expect, it } from 'vitest'
import { reactPlaceholder } from './index'

it('resolves core from source', () => {
  expect(reactPlaceholder).toBe('react+core')
})
