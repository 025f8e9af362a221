import { act, cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi } from '../test/fake-api'
import { renderWith } from '../test/render'
import { type UseUploadBatchResult, useUploadBatch } from './useUploadBatch'

const LINE = '{"custom_id":"a","body":{"messages":[]}}\n'
let latest: UseUploadBatchResult
function Uploader() {
  latest = useUploadBatch()
  return null
}

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** A long-lived signal that counts the abort listeners still attached to it. */
function countedSignal() {
  const controller = new AbortController()
  let live = 0
  const add = controller.signal.addEventListener.bind(controller.signal)
  const remove = controller.signal.removeEventListener.bind(controller.signal)
  vi.spyOn(controller.signal, 'addEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') live += 1
    add(type, listener, options)
  })
  vi.spyOn(controller.signal, 'removeEventListener').mockImplementation((type, listener, options) => {
    if (type === 'abort') live -= 1
    remove(type, listener, options)
  })
  return { controller, live: () => live }
}

describe('useUploadBatch and a caller signal', () => {
  it('leaves no listener on a signal reused across 20 uploads, succeeded or failed', async () => {
    const api = fakeBatchApi()
    const { controller, live } = countedSignal()
    renderWith(api.client, <Uploader />)
    for (let i = 0; i < 20; i++) {
      await act(async () => {
        const input = i % 5 === 4 ? '' : LINE // an empty file fails before sending
        const done = latest.upload(input, { signal: controller.signal }).catch(() => undefined)
        await vi.advanceTimersByTimeAsync(10)
        await done
      })
    }
    expect(api.requests).toHaveLength(16)
    expect(live()).toBe(0)
  })

  it('still aborts the upload in flight when the caller aborts, and one already aborted at once', async () => {
    const api = fakeBatchApi()
    api.settings.uploadDelayMs = 1_000
    const { controller } = countedSignal()
    renderWith(api.client, <Uploader />)
    let caught: unknown
    await act(async () => {
      const done = latest.upload(LINE, { signal: controller.signal }).catch((e: unknown) => e)
      await vi.advanceTimersByTimeAsync(10)
      controller.abort('stop')
      caught = await done
    })
    expect(caught).toBe('stop')
    await act(async () => {
      caught = await latest.upload(LINE, { signal: controller.signal }).catch((e: unknown) => e)
    })
    expect(caught).toBe('stop')
    expect(api.requests).toHaveLength(1)
  })
})
