import { describe, expect, it } from 'vitest'
import { progressReporter } from './progress-reporter'

describe('progressReporter', () => {
  it('reports only growing values, capped at the file size, and the end once', () => {
    const seen: unknown[] = []
    const { report, finish } = progressReporter(100, (p) => seen.push(p))
    for (const bytes of [0, 40, 40, 90, 20, 60, 130, 150]) report(bytes)
    finish()
    expect(seen).toEqual([
      { loaded: 0, total: 100 },
      { loaded: 40, total: 100 },
      { loaded: 90, total: 100 },
      { loaded: 100, total: 100 },
    ])
  })

  it('reports the end on finish when the body counts never reached it', () => {
    const seen: number[] = []
    const { report, finish } = progressReporter(10, (p) => seen.push(p.loaded))
    report(0)
    finish()
    expect(seen).toEqual([0, 10])
  })
})
