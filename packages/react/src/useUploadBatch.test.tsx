import { act, cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi, uploadedFile } from '../test/fake-api'
import { renderWith } from '../test/render'
import type { BatchClientLike } from './types'
import { type UseUploadBatchResult, useUploadBatch } from './useUploadBatch'

const LINE = '{"custom_id":"a","body":{"messages":[]}}\n'
let latest: UseUploadBatchResult
function Uploader() {
  latest = useUploadBatch()
  return null
}

let renders = 0
const shown = new Set<number>()
function CountingUploader() {
  latest = useUploadBatch()
  renders++
  if (latest.progress) shown.add(latest.progress.loaded)
  return null
}

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('useUploadBatch', () => {
  it('goes idle → uploading → success with progress from 0 to every byte', async () => {
    const api = fakeBatchApi()
    api.settings.uploadDelayMs = 1_000
    renderWith(api.client, <Uploader />)
    expect(latest).toMatchObject({ status: 'idle', progress: null, file: null, error: null })
    let done: Promise<unknown> = Promise.resolve()
    await act(async () => {
      done = latest.upload(LINE, { file_name: 'in.jsonl' })
      await vi.advanceTimersByTimeAsync(10)
    })
    const size = new Blob([LINE]).size
    expect(latest).toMatchObject({ status: 'uploading', progress: { loaded: 0, total: size, fraction: 0 } })
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    await expect(done).resolves.toEqual(uploadedFile)
    expect(latest).toMatchObject({
      status: 'success',
      file: uploadedFile,
      progress: { loaded: size, fraction: 1 },
    })
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/files'])
  })

  it('passes on byte-level progress where the client reports it, with no fraction when the size is unknown', async () => {
    const steps: { loaded: number; total?: number }[] = []
    const client = {
      ...fakeBatchApi().client,
      files: {
        upload: async (
          _input: unknown,
          options?: { onProgress?: (p: { loaded: number; total?: number }) => void },
        ) => {
          options?.onProgress?.({ loaded: 4, total: 8 })
          await new Promise((resolve) => setTimeout(resolve, 10))
          options?.onProgress?.({ loaded: 6 })
          await new Promise((resolve) => setTimeout(resolve, 10))
          return uploadedFile
        },
      },
    } as BatchClientLike
    renderWith(client, <Uploader />)
    await act(async () => {
      void latest.upload(LINE, { onProgress: (p) => steps.push(p) })
    })
    expect(latest.progress).toEqual({ loaded: 4, total: 8, fraction: 0.5 })
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(latest.progress).toEqual({ loaded: 6 })
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(steps).toEqual([{ loaded: 4, total: 8 }, { loaded: 6 }])
    expect(latest.status).toBe('success')
  })

  it('renders once per whole percent, not once per progress event, and still passes every event on', async () => {
    const total = 10_000_000
    const client = {
      ...fakeBatchApi().client,
      files: {
        upload: async (
          _input: unknown,
          options?: { onProgress?: (p: { loaded: number; total: number }) => void },
        ) => {
          // 1,001 events, each in its own task, as XHR and stream reads deliver them.
          for (let loaded = 0; loaded <= total; loaded += 10_000) {
            options?.onProgress?.({ loaded, total })
            await new Promise((resolve) => setTimeout(resolve, 1))
          }
          return uploadedFile
        },
      },
    } as BatchClientLike
    renders = 0
    shown.clear()
    renderWith(client, <CountingUploader />)
    let events = 0
    await act(async () => {
      void latest.upload(LINE, { onProgress: () => events++ })
    })
    // One act per event, so React may render after each one: only the hook can hold the count down.
    for (let i = 0; i <= 1_001; i++) await act(() => vi.advanceTimersByTimeAsync(1))
    expect(events).toBe(1_001)
    expect(latest).toMatchObject({ status: 'success', progress: { loaded: total, fraction: 1 } })
    // 101 percent steps (0 … 100) plus the idle and success renders.
    expect(renders).toBeLessThanOrEqual(105)
    expect(shown.size).toBe(101)
  })

  it('abort() cancels the request, rejects upload() and goes back to idle', async () => {
    const api = fakeBatchApi()
    api.settings.uploadDelayMs = 60_000
    renderWith(api.client, <Uploader />)
    let done: Promise<unknown> = Promise.resolve()
    await act(async () => {
      done = latest.upload(LINE)
      done.catch(() => {})
      await vi.advanceTimersByTimeAsync(10)
    })
    expect(api.requests[0]?.signal?.aborted).toBe(false)
    await act(async () => latest.abort())
    expect(api.requests[0]?.signal?.aborted).toBe(true)
    await expect(done).rejects.toMatchObject({ name: 'AbortError' })
    expect(latest).toMatchObject({ status: 'idle', progress: null, error: null })
  })

  it('aborts on unmount and sets no state afterwards', async () => {
    const api = fakeBatchApi()
    api.settings.uploadDelayMs = 60_000
    const consoleError = vi.spyOn(console, 'error')
    const view = renderWith(api.client, <Uploader />)
    let done: Promise<unknown> = Promise.resolve()
    await act(async () => {
      done = latest.upload(LINE)
      done.catch(() => {})
      await vi.advanceTimersByTimeAsync(10)
    })
    const before = latest
    view.unmount()
    expect(api.requests[0]?.signal?.aborted).toBe(true)
    await expect(done).rejects.toMatchObject({ name: 'AbortError' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(latest).toBe(before)
    expect(consoleError).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('reports a failed upload as error, and reset() forgets it', async () => {
    const client = {
      ...fakeBatchApi().client,
      files: { upload: () => Promise.reject(new Error('413 too large')) },
    } as BatchClientLike
    renderWith(client, <Uploader />)
    await act(async () => {
      await expect(latest.upload(LINE)).rejects.toThrow('413 too large')
    })
    expect(latest.status).toBe('error')
    expect(latest.error?.message).toBe('413 too large')
    await act(async () => latest.reset())
    expect(latest).toMatchObject({ status: 'idle', error: null, file: null, progress: null })
  })
})
