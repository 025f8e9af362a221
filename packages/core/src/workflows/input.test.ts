import { describe, expect, it } from 'vitest'
import { groupJob } from '../../test/helpers/group-job'
import { InputValidationError, isTimeoutError } from '../errors'
import { buildGroup } from '../groups/group'
import { kit } from '../groups/kit'
import { setKit } from '../groups/kit-slot'
import type { BatchJob } from '../schemas/job'
import { collectGroupResults } from './collect'
import type { WorkflowClient } from './group-client'
import type { GroupPoll } from './poll'
import type { WorkflowStep } from './step'
import { submitGroup } from './submit'
import { waitForGroup } from './wait'

// No setKit here until the last test: bad input must be caught before the groups chunk is ever loaded,
// as in a Workflow whose first call is submitGroup.

/** Counts everything: bad input must throw before any step runs or any request is made. */
function counting(jobs: BatchJob[] = []) {
  const counts = { steps: 0, sleeps: 0, requests: 0 }
  const step: WorkflowStep = {
    do: async <T>(_name: string, ...args: unknown[]) => {
      counts.steps++
      return (args.at(-1) as () => Promise<T>)()
    },
    sleep: async () => {
      counts.sleeps++
    },
  }
  const client: WorkflowClient = {
    batch: {
      groups: {
        create: async () => {
          counts.requests++
          return buildGroup('g', jobs)
        },
        get: async () => {
          counts.requests++
          return buildGroup('g', jobs)
        },
      },
      results: async function* () {
        counts.requests++
        yield* []
      },
    },
  }
  return { step, client, counts }
}

// Plain-JS callers: anything may arrive where a string or a number is typed.
const loose = <T>(value: unknown) => value as T

const issueOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputValidationError)
  return (error as InputValidationError).issues[0]?.path
}

describe('workflow helpers: bad input', () => {
  it.each([undefined, null, '', 42, 'has space', '../up'])(
    'submitGroup with group_id %j names group_id and sends nothing',
    async (bad) => {
      const { step, client, counts } = counting()
      const options = { input: () => 'x', endpoint: '/v1/embeddings' as const, group_id: loose<string>(bad) }
      expect(await issueOf(submitGroup(step, client, options))).toBe('group_id')
      expect(counts).toEqual({ steps: 0, sleeps: 0, requests: 0 })
    },
  )

  it('submitGroup without an input function names input', async () => {
    const { step, client, counts } = counting()
    const options = { input: loose<() => string>('x'), endpoint: '/v1/embeddings' as const, group_id: 'g' }
    expect(await issueOf(submitGroup(step, client, options))).toBe('input')
    expect(counts.steps).toBe(0)
  })

  it.each([
    ['intervalMs', 0],
    ['intervalMs', -1],
    ['intervalMs', Number.NaN],
    ['intervalMs', '1000'],
    ['maxIntervalMs', null],
    ['maxIntervalMs', Number.POSITIVE_INFINITY],
    ['maxWaitMs', 0],
  ])('waitForGroup with %s = %s names it and sends nothing', async (name, bad) => {
    const { step, client, counts } = counting()
    expect(await issueOf(waitForGroup(step, client, 'g', { [name]: loose<number>(bad) }))).toBe(name)
    expect(counts).toEqual({ steps: 0, sleeps: 0, requests: 0 })
  })

  it('waitForGroup with no group id names group_id', async () => {
    const { step, client, counts } = counting()
    expect(await issueOf(waitForGroup(step, client, loose<string>(null)))).toBe('group_id')
    expect(counts.steps).toBe(0)
  })

  it('collectGroupResults without a write function names write', async () => {
    const { step, client, counts } = counting()
    const poll = { group_id: 'g', terminal: true, jobs: [{ id: 'j' }] } as GroupPoll
    expect(await issueOf(collectGroupResults(step, client, poll, { write: loose<never>(undefined) }))).toBe(
      'write',
    )
    expect(counts.steps).toBe(0)
  })

  it('collectGroupResults on a group that is not terminal names group and reads nothing', async () => {
    const { step, client, counts } = counting()
    const running = { group_id: 'g', terminal: false, jobs: [{ id: 'j' }] } as GroupPoll
    expect(await issueOf(collectGroupResults(step, client, running, { write: async () => {} }))).toBe('group')
    expect(counts).toEqual({ steps: 0, sleeps: 0, requests: 0 })
  })

  it('waitForGroup stops with a TimeoutError once the sleeps would pass maxWaitMs', async () => {
    setKit(kit) // what the client does when it loads the groups chunk (groups/kit.ts)
    const { step, client, counts } = counting([groupJob(0, 1, 'RUNNING')])
    const error = await waitForGroup(step, client, 'g', {
      intervalMs: 1_000,
      maxIntervalMs: 1_000,
      maxWaitMs: 2_500,
    }).catch((e: unknown) => e)
    expect(isTimeoutError(error)).toBe(true)
    // Polls at 0, 1 000 and 2 000 ms of sleep; a third sleep would end at 3 000 > 2 500.
    expect([counts.steps, counts.sleeps]).toEqual([3, 2])
  })
})
