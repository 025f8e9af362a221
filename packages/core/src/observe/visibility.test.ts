// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BatchJob } from '../schemas/job'
import { createObserverRegistry } from './registry'

let hidden = false
beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
})
afterEach(() => {
  vi.useRealTimers()
  hidden = false
})

function setHidden(value: boolean): void {
  hidden = value
  document.dispatchEvent(new Event('visibilitychange'))
}

function fakeRegistry() {
  const job = { id: 'j', status: 'RUNNING', total_requests: 1, completed_requests: 0 } as BatchJob
  const calls: number[] = []
  const api = {
    get: () => {
      calls.push(Date.now())
      return Promise.resolve({ ...job })
    },
    list: () => Promise.reject(new Error('unused')),
  }
  return { calls, registry: createObserverRegistry(api) }
}

describe('observe on a page', () => {
  it('makes no request while the document is hidden, and one at once when it shows', async () => {
    const { calls, registry } = fakeRegistry()
    hidden = true
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toEqual([])
    setHidden(false)
    expect(calls).toEqual([600_000])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toEqual([600_000, 602_000])
    off()
  })

  it('skips polls that come due while hidden and polls once on becoming visible', async () => {
    const { calls, registry } = fakeRegistry()
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    setHidden(true)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toEqual([0])
    setHidden(false)
    expect(calls).toEqual([0, 60_000])
    off()
  })

  it('stops listening for visibility after the last unsubscribe', async () => {
    const { calls, registry } = fakeRegistry()
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    off()
    await vi.advanceTimersByTimeAsync(0)
    setHidden(true)
    setHidden(false)
    expect(calls).toEqual([0])
  })
})
