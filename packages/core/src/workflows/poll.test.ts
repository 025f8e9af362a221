import { describe, expect, it } from 'vitest'
import type { BatchJob } from '../schemas/job'
import { nextPoll } from './poll'

const job = (id: string, status: string, completed = 0) =>
  ({
    id,
    status,
    total_requests: 4,
    completed_requests: completed,
    succeeded_requests: completed,
    failed_requests: 0,
  }) as BatchJob
const timing = { intervalMs: 1_000, maxIntervalMs: 3_000 }

describe('nextPoll', () => {
  it('backs off ×1.5 up to the cap while nothing moves, and resets on a change', () => {
    const still = { id: 'g', jobs: [job('a', 'RUNNING', 1)] }
    let poll = nextPoll(still, ['a'], undefined, timing)
    const delays = [poll.next_delay_ms]
    for (let i = 0; i < 4; i++) {
      poll = nextPoll(still, ['a'], poll, timing)
      delays.push(poll.next_delay_ms)
    }
    poll = nextPoll({ id: 'g', jobs: [job('a', 'RUNNING', 2)] }, ['a'], poll, timing)
    delays.push(poll.next_delay_ms)
    expect(delays).toEqual([1_000, 1_500, 2_250, 3_000, 3_000, 1_000])
    expect([poll.poll, poll.waited_ms]).toEqual([5, 1_000 + 1_500 + 2_250 + 3_000 + 3_000])
  })

  it('is terminal only once every expected job is listed and terminal', () => {
    const lagging = { id: 'g', jobs: [job('a', 'SUCCESS', 4)] }
    expect(nextPoll(lagging, ['a', 'b'], undefined, timing).terminal).toBe(false)
    const mixed = { id: 'g', jobs: [job('a', 'SUCCESS', 4), job('b', 'CANCELLATION_REQUESTED')] }
    expect(nextPoll(mixed, ['a', 'b'], undefined, timing).terminal).toBe(false)
    const done = { id: 'g', jobs: [job('a', 'SUCCESS', 4), job('b', 'CANCELLED')] }
    expect(nextPoll(done, ['a', 'b'], undefined, timing)).toMatchObject({ terminal: true, next_delay_ms: 0 })
  })

  it('without the submitted ids, an empty group is not terminal; an unknown status keeps waiting', () => {
    expect(nextPoll({ id: 'g', jobs: [] }, undefined, undefined, timing).terminal).toBe(false)
    expect(nextPoll({ id: 'g', jobs: [job('a', 'PAUSED')] }, undefined, undefined, timing).terminal).toBe(
      false,
    )
  })

  it('keeps only plain JSON fields of each job', () => {
    const full = { ...job('a', 'RUNNING'), outputs: [{ big: 'x' }], metadata: { k: 'v' } } as BatchJob
    const poll = nextPoll({ id: 'g', jobs: [full] }, undefined, undefined, timing)
    expect(poll.jobs).toEqual([
      {
        id: 'a',
        status: 'RUNNING',
        total_requests: 4,
        completed_requests: 0,
        succeeded_requests: 0,
        failed_requests: 0,
      },
    ])
    expect(JSON.parse(JSON.stringify(poll))).toEqual(poll)
  })
})
