import type { BatchJob, BatchJobList } from '../schemas/job'
import type { ObserveOptions } from './poll-delay'

/**
 * `idle`: no id or not enabled (the hooks' state; an observer itself is never idle). `loading`: no answer
 * yet (the first fetch is running when `isFetching`; paused while hidden or offline otherwise).
 * `success`: the last poll succeeded. `error`: the last poll failed (earlier data is kept).
 */
export type ObserverStatus = 'idle' | 'loading' | 'success' | 'error'

/** What every snapshot carries besides its data. Snapshots are frozen: never mutate them. */
export interface SnapshotMeta {
  readonly error: Error | null
  readonly status: ObserverStatus
  /**
   * True while a fetch someone waits for is running: the first load and `refetch()`. Background polls
   * leave it alone, so an unchanged poll changes nothing and re-renders nothing.
   */
  readonly isFetching: boolean
  /** `Date.now()` when the data or the error last changed; 0 before that. */
  readonly updatedAt: number
}

export interface JobSnapshot extends SnapshotMeta {
  readonly job: BatchJob | undefined
}

export interface ListSnapshot extends SnapshotMeta {
  /** The page's jobs; `[]` until the first response. */
  readonly jobs: readonly BatchJob[]
  /** The server's `total` for the query; 0 until the first response. */
  readonly total: number
}

/** A shared, ref-counted poller; the shape `useSyncExternalStore` wants. */
export interface Observer<S> {
  /**
   * Adds a listener; the first one starts polling. `options` belong to this subscriber: the shared
   * request stream runs at the fastest interval of its live subscribers, and slows down again when the
   * fastest leaves. Without options, the observer's defaults (setOptions). Invalid options throw
   * InputValidationError. Returns the unsubscribe function.
   */
  subscribe(listener: () => void, options?: ObserveOptions): () => void
  /** The current frozen snapshot; the same object until something changes. */
  getSnapshot(): S
  /** The snapshot before any fetch, always the same object: for server rendering and hydration. */
  getServerSnapshot(): S
  /** Polls now, or joins the poll already running; resolves with the snapshot after it. */
  refetch(): Promise<S>
  /**
   * Replaces the observer's default options: those of subscribers that brought none of their own. The
   * pending poll is re-timed, with no second loop.
   */
  setOptions(options: ObserveOptions): void
}

export type JobObserver = Observer<JobSnapshot>
export type ListObserver = Observer<ListSnapshot>

/** What the observers need from the client: `get` and `list` taking an abort signal. */
export interface ObservableJobsApi<P> {
  get(job_id: string, options: { signal: AbortSignal }): Promise<BatchJob>
  list(params: P, options: { signal: AbortSignal }): Promise<BatchJobList>
}
