import { describe, expect, it } from 'vitest'
import { progressReporter } from './progress-reporter'

describe('progressReporter', () => {
  it('reports only values that grow past the last one shown, strictly between 0 and the file size', () => {
    const seen: unknown[] = []
    const report = progressReporter(100, (p) => seen.push(p))
    for (const bytes of [0, 40, 40, 90, 20, 60, 99, 100, 130]) report(bytes)
    expect(seen).toEqual([
      { loaded: 40, total: 100 },
      { loaded: 90, total: 100 },
      { loaded: 99, total: 100 },
    ])
  })
})
