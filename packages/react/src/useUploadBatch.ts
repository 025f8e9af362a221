import type { FileObject, UploadInput, UploadOptions } from '@mistral-batch/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useBatchClient } from './context'

/** Bytes sent so far; `total` and `fraction` only when the size is known. */
export interface UploadProgress {
  loaded: number
  total?: number
  fraction?: number
}

export type UploadStatus = 'idle' | 'uploading' | 'success' | 'error'

interface UploadState {
  status: UploadStatus
  progress: UploadProgress | null
  file: FileObject | null
  error: Error | null
}

export interface UseUploadBatchResult extends Readonly<UploadState> {
  /** Uploads through `client.files.upload`; a new call aborts the previous one. */
  upload: (input: UploadInput, options?: UploadOptions) => Promise<FileObject>
  /** Aborts the upload in flight (its promise rejects with the abort reason) and goes back to idle. */
  abort: () => void
  /** Aborts anything in flight and forgets the last file or error. */
  reset: () => void
}

const IDLE: UploadState = { status: 'idle', progress: null, file: null, error: null }

/**
 * Uploads a batch input file with status and progress. Progress is what `files.upload` reports via
 * `onProgress`: bytes sent, as they go (XMLHttpRequest upload events in browsers, a counting request
 * stream in Node and Deno), or only the start and the end where the client has its own fetch. A
 * render happens only when the whole percentage moves (at most ~100 per upload, however many events
 * the runtime fires); `options.onProgress` still gets every event. Unmounting aborts the upload.
 */
export function useUploadBatch(): UseUploadBatchResult {
  const client = useBatchClient()
  const [state, setState] = useState(IDLE)
  const current = useRef<AbortController | null>(null)

  useEffect(
    () => () => {
      // Unmount: abort, and forget the controller so the settling upload sets no state.
      current.current?.abort()
      current.current = null
    },
    [],
  )

  const upload = useCallback(
    async (input: UploadInput, options: UploadOptions = {}) => {
      current.current?.abort()
      const controller = new AbortController()
      current.current = controller
      const live = () => current.current === controller
      // Removed when this upload settles: a long-lived signal reused across uploads must not collect
      // one listener (and one dead controller) per call.
      const onAbort = () => controller.abort(options.signal?.reason)
      if (options.signal?.aborted) onAbort()
      else options.signal?.addEventListener('abort', onAbort, { once: true })
      setState({ ...IDLE, status: 'uploading' })
      let shownStep: number | undefined
      const onProgress = (p: { loaded: number; total?: number }) => {
        options.onProgress?.(p)
        const progress = toProgress(p)
        // Without a total there is no percentage to wait for, so every byte count is shown.
        const step = progress.fraction === undefined ? -progress.loaded : Math.floor(progress.fraction * 100)
        if (step === shownStep) return
        shownStep = step
        if (live()) setState((s) => ({ ...s, progress }))
      }
      try {
        const file = await client.files.upload(input, { ...options, signal: controller.signal, onProgress })
        if (live()) setState((s) => ({ ...s, status: 'success', file }))
        return file
      } catch (error) {
        if (live()) setState((s) => ({ ...s, status: 'error', error: toError(error) }))
        throw error
      } finally {
        options.signal?.removeEventListener('abort', onAbort)
        if (live()) current.current = null
      }
    },
    [client],
  )

  const abort = useCallback(() => {
    const controller = current.current
    current.current = null
    controller?.abort()
    if (controller) setState(IDLE)
  }, [])
  const reset = useCallback(() => {
    abort()
    setState(IDLE)
  }, [abort])

  return { ...state, upload, abort, reset }
}

function toProgress({ loaded, total }: { loaded: number; total?: number }): UploadProgress {
  if (total === undefined) return { loaded }
  return { loaded, total, fraction: total > 0 ? Math.min(1, loaded / total) : 1 }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
