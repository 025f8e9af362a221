import { type ObserveOptions, pollDelay, retryAfterMs } from '../observe/poll-delay'

/** The part of TanStack's `Query` the options read; any TanStack adapter's query object fits it. */
export interface QueryLike<T> {
  state: {
    data: T | undefined
    dataUpdateCount: number
    errorUpdateCount: number
    status: string
    error: unknown
  }
}

/** A plain TanStack Query options object: pass it to `useQuery`, `queryClient.fetchQuery`, or spread it. */
export interface BatchQueryOptions<T, K extends readonly unknown[]> {
  queryKey: K
  /** Forwards TanStack's `signal`, so an unmount or a cancelled query aborts the request. */
  queryFn: (context: { signal: AbortSignal }) => Promise<T>
  /** The observers' backoff while nothing moves; `false` once the data can never change again. */
  refetchInterval: (query: QueryLike<T>) => number | false
  /** `Infinity` once the data can never change again (a terminal job), else 0. */
  staleTime: (query: QueryLike<T>) => number
  /** The client already retries with backoff and `Retry-After`; a second layer would multiply requests. */
  retry: false
}

interface PollingSpec<T, K extends readonly unknown[]> {
  queryKey: K
  fetch: (signal: AbortSignal) => Promise<T>
  /** Status and counters: a result whose key equals the last one "changed nothing" and backs off. */
  progressKey: (data: T) => string
  /** True when the data can never change again: polling stops and the data never goes stale. */
  isDone: (data: T) => boolean
  options: ObserveOptions | undefined
}

interface Track {
  updates: number
  key: string | undefined
  streak: number
}

// TanStack keeps no history, and refetchInterval is called many times per result (once per observer
// and per state change), so each query's streak lives here, keyed by the query object itself: it goes
// when TanStack garbage-collects the query, and one result never counts twice.
const tracks = new WeakMap<object, Track>()

function streakOf<T>(query: QueryLike<T>, progressKey: (data: T) => string): number {
  const { data, dataUpdateCount, errorUpdateCount } = query.state
  const updates = dataUpdateCount + errorUpdateCount
  const last = tracks.get(query)
  if (last?.updates === updates) return last.streak
  const key = data === undefined ? undefined : progressKey(data)
  // A failed poll keeps the last data, so its key is unchanged and it backs off too, as in the observers.
  const streak = last === undefined || updates === 0 || key !== last.key ? 0 : last.streak + 1
  tracks.set(query, { updates, key, streak })
  return streak
}

/**
 * Builds the options of a polled resource with the observers' policy (see `pollDelay`): a new result
 * resets the wait to `intervalMs`, each unchanged or failed one grows it 1.5× up to `maxIntervalMs`, a 429
 * waits at least its `Retry-After`, and a done resource is never polled again.
 */
export function pollingQueryOptions<T, K extends readonly unknown[]>(
  spec: PollingSpec<T, K>,
): BatchQueryOptions<T, K> {
  const isDone = (query: QueryLike<T>) => query.state.data !== undefined && spec.isDone(query.state.data)
  return {
    queryKey: spec.queryKey,
    queryFn: ({ signal }) => spec.fetch(signal),
    refetchInterval: (query) => {
      if (isDone(query)) return false
      const wait = pollDelay(streakOf(query, spec.progressKey), spec.options)
      const serverWait = query.state.status === 'error' ? retryAfterMs(query.state.error) : undefined
      return Math.max(wait, serverWait ?? 0)
    },
    staleTime: (query) => (isDone(query) ? Number.POSITIVE_INFINITY : 0),
    retry: false,
  }
}
