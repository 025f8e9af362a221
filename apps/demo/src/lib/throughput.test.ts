import type { BatchJob } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { addSample, estimateThroughput, type Sample } from './throughput'

const T0 = 1_800_000_000 // epoch seconds
function job(patch: Partial<BatchJob>): BatchJob {
  return {
    id: 'job-1',
    object: 'batch',
    input_files: [],
    endpoint: '/v1/chat/completions',
    errors: [],
    status: 'RUNNING',
    created_at: T0,
    started_at: T0,
    total_requests: 100,
    completed_requests: 0,
    succeeded_requests: 0,
    failed_requests: 0,
    ...patch,
  }
}

describe('addSample', () => {
  it('anchors a started job at (started_at, 0), then adds a point per change', () => {
    let samples: readonly Sample[] = []
    samples = addSample(samples, job({ completed_requests: 10 }), T0 * 1000 + 5_000)
    expect(samples).toEqual([
      { t: T0 * 1000, completed: 0 },
      { t: T0 * 1000 + 5_000, completed: 10 },
    ])
    const same = addSample(samples, job({ completed_requests: 10 }), T0 * 1000 + 6_000)
    expect(same).toBe(samples)
  })
  it('ends a finished job at completed_at, not at the moment it was seen', () => {
    const done = job({ status: 'SUCCESS', completed_requests: 100, completed_at: T0 + 20 })
    expect(addSample([], done, T0 * 1000 + 999_000).at(-1)).toEqual({ t: (T0 + 20) * 1000, completed: 100 })
  })
})

describe('estimateThroughput', () => {
  it('measures the rate over the recent window and derives the ETA from what remains', () => {
    const samples: Sample[] = [
      { t: 0, completed: 0 },
      { t: 10_000, completed: 20 },
      { t: 20_000, completed: 40 },
    ]
    const { rate, etaSeconds } = estimateThroughput(job({ completed_requests: 40 }), samples, 20_000)
    expect(rate).toBeCloseTo(2)
    expect(etaSeconds).toBeCloseTo(30)
  })
  it('has no ETA for a job that is not running, and no rate before anything completed', () => {
    const queued = job({ status: 'QUEUED', started_at: null })
    expect(estimateThroughput(queued, [], Date.now())).toEqual({ rate: null, etaSeconds: null })
    const done = job({ status: 'SUCCESS', completed_requests: 100, completed_at: T0 + 50 })
    expect(estimateThroughput(done, [], (T0 + 60) * 1000)).toEqual({ rate: 2, etaSeconds: null })
  })
})
