import type { BatchJob, BatchResult } from '@mistral-batch/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useClient } from './client-context'

/** One result line as `client.batch.results` yields it. */
export type ResultItem = BatchResult

export interface ResultsState {
  rows: readonly ResultItem[]
  /** 'loading' while lines stream in, 'more' when paused with lines left, 'done' at the end. */
  status: 'idle' | 'loading' | 'more' | 'done' | 'error'
  error: unknown
}

const idle: ResultsState = { rows: [], status: 'idle', error: null }

/**
 * Streams a finished job's results (`client.batch.results`) into state, `pageSize` lines at a time: the
 * file is read as it downloads and never held whole, and `loadMore()` pulls the next page on demand.
 * Rows appear in small groups while a page streams, so a slow download still shows progress.
 */
export function useResults(job: BatchJob | undefined, enabled: boolean, pageSize = 50) {
  const client = useClient()
  const [state, setState] = useState<ResultsState>(idle)
  const iterator = useRef<AsyncIterator<ResultItem> | null>(null)
  const busy = useRef(false)
  const jobRef = useRef(job)
  jobRef.current = job
  const jobId = enabled ? job?.id : undefined
  const files = `${job?.output_file ?? ''}|${job?.error_file ?? ''}|${job?.outputs?.length ?? 0}`

  const pull = useCallback(
    async (it: AsyncIterator<ResultItem>) => {
      if (busy.current) return
      busy.current = true
      setState((s) => ({ ...s, status: 'loading' }))
      const batch: ResultItem[] = []
      const flush = () => {
        const added = batch.splice(0)
        if (added.length > 0) setState((s) => ({ ...s, rows: [...s.rows, ...added] }))
      }
      try {
        for (let n = 0; n < pageSize; n++) {
          const next = await it.next()
          if (iterator.current !== it) return
          if (next.done) {
            flush()
            setState((s) => ({ ...s, status: 'done' }))
            return
          }
          batch.push(next.value)
          if (batch.length >= 10) flush()
        }
        flush()
        setState((s) => ({ ...s, status: 'more' }))
      } catch (error) {
        if (iterator.current === it) setState((s) => ({ ...s, status: 'error', error }))
      } finally {
        busy.current = false
      }
    },
    [pageSize],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: restart only when the job or its files change
  useEffect(() => {
    const current = jobRef.current
    if (!jobId || !current) {
      setState(idle)
      return
    }
    const controller = new AbortController()
    const results = client.batch.results(current, { signal: controller.signal })
    const it = results[Symbol.asyncIterator]()
    iterator.current = it
    busy.current = false
    setState({ rows: [], status: 'loading', error: null })
    void pull(it)
    return () => {
      iterator.current = null
      controller.abort()
      // Releases the download stream if we stopped mid-file.
      void it.return?.(undefined)?.catch(() => {})
    }
  }, [client, jobId, files, pull])

  const loadMore = useCallback(() => {
    if (iterator.current) void pull(iterator.current)
  }, [pull])

  return { ...state, loadMore }
}
