import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildGroup } from './group'
import { kit } from './kit'
import { setKit } from './kit-slot'
import { createGroupObservers } from './observe'
import type { BatchGroup } from './types'

const group = (status: string, completed: number): BatchGroup =>
  buildGroup('g', [
    {
      id: 'j1',
      object: 'batch',
      input_files: [],
      endpoint: '/v1/chat/completions',
      errors: [],
      status,
      created_at: 1,
      total_requests: 10,
      completed_requests: completed,
      succeeded_requests: completed,
      failed_requests: 0,
      metadata: { mistral_batch_group: 'g', mistral_batch_shard: '0', mistral_batch_final: 'true' },
    },
  ])

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

// The lazy chunk's modules get the client's helpers when it loads (kit.ts); here, directly.
beforeAll(() => setKit(kit))

describe('groups.observe', () => {
  it('shares one observer and one request per tick among subscribers, and stops at a terminal status', async () => {
    const answers = [group('RUNNING', 1), group('RUNNING', 5), group('SUCCESS', 10)]
    const get = vi.fn(
      async () => answers[Math.min(get.mock.calls.length - 1, answers.length - 1)] as BatchGroup,
    )
    const observe = createGroupObservers(get)
    const observer = observe('g', { intervalMs: 1_000 })
    expect(observe('g')).toBe(observer)
    const offs = [1, 2, 3].map(() => observer.subscribe(() => {}))
    expect(observer.getSnapshot().status).toBe('loading')
    await vi.advanceTimersByTimeAsync(0)
    expect(get).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(get).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(get).toHaveBeenCalledTimes(3)
    expect(observer.getSnapshot().group?.status).toBe('SUCCESS')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(get).toHaveBeenCalledTimes(3)
    for (const off of offs) off()
  })

  it('makes no request once the last subscriber left', async () => {
    const get = vi.fn(async () => group('RUNNING', 1))
    const observer = createGroupObservers(get)('g', { intervalMs: 1_000 })
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    off()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(get).toHaveBeenCalledTimes(1)
  })

  it('keeps the same snapshot object for an unchanged poll, and backs off while nothing moves', async () => {
    const get = vi.fn(async () => group('RUNNING', 1))
    const observer = createGroupObservers(get)('g', { intervalMs: 1_000, maxIntervalMs: 10_000 })
    const listener = vi.fn()
    const off = observer.subscribe(listener)
    await vi.advanceTimersByTimeAsync(0)
    const first = observer.getSnapshot()
    const calls = listener.mock.calls.length
    await vi.advanceTimersByTimeAsync(1_000 + 1_500 + 2_250)
    expect(get).toHaveBeenCalledTimes(4)
    expect(observer.getSnapshot()).toBe(first)
    expect(listener).toHaveBeenCalledTimes(calls)
    off()
  })
})
