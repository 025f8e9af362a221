import { beforeAll, describe, expect, it } from 'vitest'
import { isInputValidationError } from '../errors'
import { checkGroupId } from '../groups/check-options'
import { kit } from '../groups/kit'
import { setKit } from '../groups/kit-slot'
import { checkWorkflowGroupId } from './group-id'

beforeAll(() => setKit(kit))

const verdict = (check: (id: unknown) => string, id: unknown) => {
  try {
    return check(id) === id
  } catch (error) {
    expect(isInputValidationError(error)).toBe(true)
    return false
  }
}

describe('checkWorkflowGroupId', () => {
  it.each([
    'pipeline-0b6f7c1e-8d2a-4f0e-9a61-3c1d2b4e5f60',
    'a',
    'A.b_c-9',
    'x'.repeat(256),
    'x'.repeat(257),
    '',
    '-lead',
    '.hidden',
    'has space',
    '../up',
    'é',
    null,
    undefined,
    42,
  ])('agrees with groups.create on %j', (id) => {
    expect(verdict(checkWorkflowGroupId, id)).toBe(verdict(checkGroupId, id))
  })
})
