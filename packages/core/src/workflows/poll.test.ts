import { beforeAll, describe, expect, it } from 'vitest'
import { groupJob } from '../../test/helpers/group-job'
import { buildGroup } from '../groups/group'
import { kit } from '../groups/kit'
import { setKit } from '../groups/kit-slot'
import { nextPoll } from './poll'

// The groups chunk's helpers (groups/kit.ts), as the client hands them over when it loads the chunk.
beforeAll(() => setKit(kit))

const job = groupJob
const timing = { intervalMs: 1_000, maxIntervalMs: 3_000 }

describe('nextPoll', () => {
  it('backs off ×1.5 up to the cap while nothing moves, and resets on a change', () => {
    const still = buildGroup('g', [job(0, 1, 'RUNNING', 1)])
    let poll = nextPoll(still, undefined, timing)
    const delays = [poll.next_delay_ms]
    for (let i = 0; i < 4; i++) {
      poll = nextPoll(still, poll, timing)
      delays.push(poll.next_delay_ms)
    }
    poll = nextPoll(buildGroup('g', [job(0, 1, 'RUNNING', 2)]), poll, timing)
    delays.push(poll.next_delay_ms)
    expect(delays).toEqual([1_000, 1_500, 2_250, 3_000, 3_000, 1_000])
    expect([poll.poll, poll.waited_ms]).toEqual([5, 1_000 + 1_500 + 2_250 + 3_000 + 3_000])
  })

  it('is terminal only once every shard has its job and every job is terminal', () => {
    // Shard 1 of 2 has no job yet (its create crashed, or the listing lags): not done, however final shard 0 looks.
    const missing = buildGroup('g', [job(0, 2, 'SUCCESS', 4)])
    expect(nextPoll(missing, undefined, timing)).toMatchObject({ status: 'SUBMITTING', terminal: false })
    const cancelling = buildGroup('g', [job(0, 2, 'SUCCESS', 4), job(1, 2, 'CANCELLATION_REQUESTED')])
    expect(nextPoll(cancelling, undefined, timing).terminal).toBe(false)
    const done = buildGroup('g', [job(0, 2, 'SUCCESS', 4), job(1, 2, 'CANCELLED')])
    expect(nextPoll(done, undefined, timing)).toMatchObject({
      status: 'CANCELLED',
      terminal: true,
      next_delay_ms: 0,
    })
  })

  it('an empty group is not terminal; an unknown job status keeps waiting', () => {
    expect(nextPoll(buildGroup('g', []), undefined, timing).terminal).toBe(false)
    expect(nextPoll(buildGroup('g', [job(0, 1, 'PAUSED')]), undefined, timing).terminal).toBe(false)
  })

  it('is plain JSON that keeps only what the wait needs of each job', () => {
    const big = { ...job(0, 1, 'RUNNING'), outputs: [{ large: 'not kept' }] }
    const poll = nextPoll(buildGroup('g', [big]), undefined, timing)
    expect(poll.jobs).toEqual([
      {
        id: 'j0',
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
