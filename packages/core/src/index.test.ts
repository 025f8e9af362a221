import { describe, expect, it } from 'vitest'
import * as core from './index'

describe('the public entry', () => {
  it('exports no observer internals (API.md names none of them)', () => {
    for (const name of [
      'replaceEqualDeep',
      'backoffDelay',
      'pollDelay',
      'DEFAULT_INTERVAL_MS',
      'DEFAULT_MAX_INTERVAL_MS',
      'createObserverRegistry',
      'isTransientError',
    ]) {
      expect(Object.keys(core)).not.toContain(name)
    }
    expect(Object.keys(core)).toContain('createClient')
  })
})
