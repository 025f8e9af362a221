import { type BatchJob, type BatchResult, isTerminalStatus } from '@mistral-batch/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useBatchClient } from './context'
import { readPage } from './read-page'
import { useBatchJob } from './useBatchJob'

/** Options of `useBatchResults`. */
export interface UseBatchResultsOptions {
  /** How many result lines the first page and each `loadMore()` read. Defaults to 50. */
  pageSize?: number
  /** `false` watches nothing and downloads nothing. Defaults to true. */
  enabled?: boolean
}

/**
 * `idle`: no job or not enabled. `waiting`: the job is not terminal yet (watched through its shared
 * observer). `loading`: a page is streaming. `more`: paused with lines left. `done`: every line is in
 * `rows`. `error`: the download (or, while waiting, the job's poll) failed.
 */
export type BatchResultsStatus = 'idle' | 'waiting' | 'loading' | 'more' | 'done' | 'error'

export interface UseBatchResultsResult {
  /** The lines read so far, in file order: only the pages asked for, never the file ahead of them. */
  rows: readonly BatchResult[]
  status: BatchResultsStatus
  error: Error | null
  /** Reads the next page; does nothing unless `status` is 'more'. */
  loadMore: () => void
  /** Aborts the download, forgets the rows and reads the first page again (e.g. after an error). */
  reset: () => void
}

interface PageState {
  /** The download these rows belong to; rows of any other are stale. */
  key: string
  rows: readonly BatchResult[]
  phase: 'loading' | 'more' | 'done' | 'error'
  error: Error | null
}

const NONE: readonly BatchResult[] = Object.freeze([])
const noop = () => {}

/**
 * Streams a job's results (`client.batch.results`) a page at a time. Nothing is downloaded until the job
 * is terminal: an id (or a job object that is still running) is watched through the client's shared job
 * observer, so a `useBatchJob` on the same id adds no request. The download is aborted on unmount, on a
 * new job, and on `reset()`.
 */
export function useBatchResults(
  jobOrId: BatchJob | string | null | undefined,
  options: UseBatchResultsOptions = {},
): UseBatchResultsResult {
  const { pageSize = 50, enabled = true } = options
  const client = useBatchClient()
  const given = typeof jobOrId === 'string' || !jobOrId ? undefined : jobOrId
  const givenDone = given !== undefined && isTerminalStatus(given.status)
  const id = typeof jobOrId === 'string' ? jobOrId || null : (given?.id ?? null)
  const watched = useBatchJob(givenDone ? null : id, { enabled })
  const job = givenDone ? given : watched.isTerminal ? watched.job : undefined
  const [generation, setGeneration] = useState(0)
  const key =
    enabled && job ? `${job.id}|${job.output_file ?? ''}|${job.error_file ?? ''}|${generation}` : null

  const [state, setState] = useState<PageState | null>(null)
  const jobRef = useRef(job)
  jobRef.current = job
  const sizeRef = useRef(pageSize)
  sizeRef.current = pageSize
  const more = useRef<() => void>(noop)

  useEffect(() => {
    const source = jobRef.current
    if (!key || !source) return
    const controller = new AbortController()
    const iterator = client.batch.results(source, { signal: controller.signal })[Symbol.asyncIterator]()
    let stopped = false
    let busy = false
    const update = (patch: Partial<PageState>, added: readonly BatchResult[] = NONE) =>
      setState((s) => {
        const base = s?.key === key ? s : { key, rows: NONE, phase: 'loading' as const, error: null }
        return { ...base, ...patch, rows: added.length > 0 ? [...base.rows, ...added] : base.rows }
      })
    const pull = async () => {
      if (busy || stopped) return
      busy = true
      update({ phase: 'loading' })
      try {
        const end = await readPage(
          iterator,
          sizeRef.current,
          (rows) => update({}, rows),
          () => stopped,
        )
        if (end !== 'stopped') update({ phase: end })
      } catch (error) {
        if (!stopped)
          update({ phase: 'error', error: error instanceof Error ? error : new Error(String(error)) })
      } finally {
        busy = false
      }
    }
    more.current = () => void pull()
    // Deferred a microtask: StrictMode mounts, cleans up and remounts synchronously, and the first mount
    // must not open a download only to abort it.
    queueMicrotask(() => void pull())
    return () => {
      stopped = true
      more.current = noop
      controller.abort()
      void iterator.return?.()?.catch(noop)
    }
  }, [client, key])

  const current = key !== null && state?.key === key ? state : null
  const loadMore = useCallback(() => {
    if (current?.phase === 'more') more.current()
  }, [current?.phase])
  const reset = useCallback(() => setGeneration((n) => n + 1), [])

  return {
    rows: current?.rows ?? NONE,
    ...statusOf(key, current, enabled && id ? watched : null),
    loadMore,
    reset,
  }
}

function statusOf(
  key: string | null,
  current: PageState | null,
  watched: { status: string; error: Error | null } | null,
): { status: BatchResultsStatus; error: Error | null } {
  if (key !== null) return { status: current?.phase ?? 'loading', error: current?.error ?? null }
  if (!watched) return { status: 'idle', error: null }
  if (watched.status === 'error') return { status: 'error', error: watched.error }
  return { status: 'waiting', error: null }
}
