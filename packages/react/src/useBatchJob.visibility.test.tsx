import { act, cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi } from '../test/fake-api'
import { renderWith } from '../test/render'
import { useBatchJob } from './useBatchJob'

function Watch() {
  const { status } = useBatchJob('job-1')
  return <p>{status}</p>
}

let hidden = false
function setHidden(value: boolean) {
  hidden = value
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  hidden = false
})

describe('useBatchJob on a hidden page', () => {
  it('makes zero requests while hidden and one at once on becoming visible', async () => {
    const api = fakeBatchApi()
    hidden = true
    renderWith(api.client, [<Watch key="a" />, <Watch key="b" />])
    await act(() => vi.advanceTimersByTimeAsync(600_000))
    expect(api.requests).toEqual([])
    await act(async () => setHidden(false))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(api.requests.map((r) => r.at)).toEqual([600_000])
  })

  it('pauses a running poll loop while hidden', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Watch />)
    await act(() => vi.advanceTimersByTimeAsync(2_000))
    expect(api.requests).toHaveLength(2)
    await act(async () => setHidden(true))
    await act(() => vi.advanceTimersByTimeAsync(300_000))
    expect(api.requests).toHaveLength(2)
    await act(async () => setHidden(false))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(api.requests).toHaveLength(3)
  })
})
