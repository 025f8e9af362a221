import { describe, expect, it } from 'vitest'
import { collect, FAST, requests, start } from './harness'

describe('exactly-once under faults', () => {
  it('makes exactly one file and one job per run through 5xx, 429, resets and lost responses', async () => {
    const { client, emulator } = await start({
      seed: 2026,
      faults: {
        errorRate: 0.1,
        rateLimitRate: 0.1,
        retryAfterSeconds: 0,
        resetRate: 0.05,
        resetAfterRate: 0.1,
        truncateRate: 0.2,
      },
    })
    for (let i = 0; i < 20; i++) {
      const { job, results } = await client.batch.run(requests(3, `run${i}-`), {
        endpoint: '/v1/chat/completions',
        inline: false,
        ...FAST,
      })
      expect(job.status).toBe('SUCCESS')
      expect(results.map((r) => r.custom_id)).toEqual([`run${i}-0`, `run${i}-1`, `run${i}-2`])
    }
    expect(emulator.state.jobs).toBe(20)
    expect(emulator.state.uploads).toBe(20)
    const { faults } = emulator.state
    expect(faults.resetsAfter).toBeGreaterThan(0)
    expect(faults.errors + faults.rateLimits + faults.resets).toBeGreaterThan(0)
    expect(faults.truncations).toBeGreaterThan(0)
    expect(await collect(client.batch.jobs.list({ page_size: 7 }))).toHaveLength(20)
  }, 60_000)
})
