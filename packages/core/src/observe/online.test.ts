// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BatchJob } from '../schemas/job'
import { createObserverRegistry } from './registry'

let online = true
beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  online = true
})

function setOnline(value: boolean): void {
  online = value
  window.dispatchEvent(new Event(value ? 'online' : 'offline'))
}

function fakeRegistry() {
  const calls: number[] = []
  const api = {
    get: () => {
      calls.push(Date.now())
      return Promise.resolve({ id: 'j', status: 'RUNNING', total_requests: 1 } as BatchJob)
    },
    list: () => Promise.reject(new Error('unused')),
  }
  return { calls, registry: createObserverRegistry(api) }
}

describe('observe while offline (navigator.onLine === false)', () => {
  it('makes no request while offline, and one as soon as the runtime is back online', async () => {
    const { calls, registry } = fakeRegistry()
    online = false
    const observer = registry.observe('j')
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toEqual([])
    expect(observer.getSnapshot().status).toBe('loading')
    setOnline(true)
    expect(calls).toEqual([600_000])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls).toEqual([600_000, 602_000])
    off()
  })

  it('pauses polls that come due while offline', async () => {
    const { calls, registry } = fakeRegistry()
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    setOnline(false)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(calls).toEqual([0])
    setOnline(true)
    expect(calls).toEqual([0, 120_000])
    off()
  })

  it('stops listening for online after the last unsubscribe', async () => {
    const { calls, registry } = fakeRegistry()
    const off = registry.observe('j').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    off()
    await vi.advanceTimersByTimeAsync(0)
    setOnline(false)
    setOnline(true)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls).toEqual([0])
  })
})
