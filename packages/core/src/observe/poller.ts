import { backoffDelay, type ObserveOptions, retryAfterMs } from './backoff'
import { replaceEqualDeep } from './replace-equal-deep'
import type { Observer, SnapshotMeta } from './types'
import { isDocumentHidden, onDocumentVisible } from './visibility'

interface PollerConfig<T, S> {
  fetch(signal: AbortSignal): Promise<T>
  /** Status and counters: a poll whose key equals the last one "changed nothing" and backs off. */
  progressKey(data: T): string
  /** True when the data can never change again (a terminal job): polling stops. */
  isDone(data: T): boolean
  toSnapshot(meta: SnapshotMeta, data: T | undefined): S
  options: ObserveOptions | undefined
  /** Called when the first subscriber arrives, so a garbage-collected observer can re-register. */
  onActive(): void
}

/** An observer plus what its registry needs to collect it. */
export interface Poller<S> extends Observer<S> {
  /** `Date.now()` since when it has had no subscriber and no fetch; undefined while in use. */
  idleSince(): number | undefined
}

/** The one polling loop behind `observe` and `observeList`. Timing is documented on `backoffDelay`. */
export function createPoller<T, S>(config: PollerConfig<T, S>): Poller<S> {
  let options: ObserveOptions = { ...config.options }
  const listeners = new Set<() => void>()
  let meta: SnapshotMeta = { error: null, status: 'idle', isFetching: false, updatedAt: 0 }
  let data: T | undefined
  const initial = Object.freeze(config.toSnapshot(meta, undefined))
  let snapshot = initial
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined
  let inflight: Promise<S> | undefined
  let streak = 0
  let lastKey: string | undefined
  let serverWaitMs: number | undefined
  let settledAt: number | undefined
  let done = false
  let idleSince: number | undefined = Date.now()
  let offVisible: (() => void) | undefined

  function update(nextMeta: Partial<SnapshotMeta>, nextData: T | undefined = data): void {
    const merged = { ...meta, ...nextMeta }
    const same = (Object.keys(merged) as (keyof SnapshotMeta)[]).every((k) => Object.is(merged[k], meta[k]))
    if (same && nextData === data) return
    meta = merged
    data = nextData
    snapshot = Object.freeze(config.toSnapshot(meta, data))
    for (const listener of [...listeners]) listener()
  }

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function schedule(): void {
    clearTimer()
    if (listeners.size === 0 || done || settledAt === undefined) return
    const wait = Math.max(backoffDelay(streak, options), serverWaitMs ?? 0)
    timer = setTimeout(tick, Math.max(0, settledAt + wait - Date.now()))
  }

  function tick(): void {
    timer = undefined
    // Hidden page: no request now; the visibilitychange handler polls once the page shows again.
    if (!isDocumentHidden()) void poll()
  }

  function settle(fresh: T): void {
    const next = replaceEqualDeep(data, fresh)
    const key = config.progressKey(next)
    streak = key === lastKey ? streak + 1 : 0
    lastKey = key
    serverWaitMs = undefined
    done = config.isDone(next)
    const updatedAt = next === data && meta.status === 'success' ? meta.updatedAt : Date.now()
    update({ error: null, status: 'success', isFetching: false, updatedAt }, next)
  }

  function fail(error: unknown): void {
    streak += 1
    serverWaitMs = retryAfterMs(error)
    const err = error instanceof Error ? error : new Error(String(error))
    update({ error: err, status: 'error', isFetching: false, updatedAt: Date.now() })
  }

  function poll(): Promise<S> {
    if (inflight) return inflight
    clearTimer()
    const ac = new AbortController()
    controller = ac
    idleSince = undefined
    if (meta.status === 'idle') update({ status: 'loading', isFetching: true })
    const run = async (): Promise<S> => {
      try {
        const fresh = await config.fetch(ac.signal)
        if (!ac.signal.aborted) settle(fresh)
      } catch (error) {
        if (!ac.signal.aborted) fail(error)
      }
      if (ac.signal.aborted) return snapshot
      controller = undefined
      inflight = undefined
      settledAt = Date.now()
      if (listeners.size === 0) idleSince = settledAt
      schedule()
      return snapshot
    }
    inflight = run()
    return inflight
  }

  function start(): void {
    config.onActive()
    idleSince = undefined
    offVisible ??= onDocumentVisible(() => {
      if (listeners.size > 0 && !done) void poll()
    })
    // Already running (e.g. StrictMode's subscribe/unsubscribe/subscribe): no second loop.
    if (inflight || timer !== undefined || done || isDocumentHidden()) return
    // Resubscribing soon after a poll waits out the rest of its interval instead of polling again.
    if (settledAt === undefined) void poll()
    else schedule()
  }

  function stop(): void {
    if (listeners.size > 0) return
    clearTimer()
    controller?.abort()
    controller = undefined
    inflight = undefined
    offVisible?.()
    offVisible = undefined
    idleSince = Date.now()
    if (meta.status === 'loading') update({ status: 'idle', isFetching: false })
    else update({ isFetching: false })
  }

  return {
    subscribe(listener) {
      const wrapped = () => listener()
      listeners.add(wrapped)
      if (listeners.size === 1) start()
      return () => {
        if (!listeners.delete(wrapped) || listeners.size > 0) return
        // Deferred a microtask: React StrictMode unsubscribes and resubscribes synchronously, and
        // that must neither abort the first request nor start a second one.
        queueMicrotask(stop)
      }
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => initial,
    refetch() {
      const pending = poll()
      if (!meta.isFetching) update({ isFetching: true })
      return pending
    },
    setOptions(next) {
      const resolved = { ...next }
      if (resolved.intervalMs === options.intervalMs && resolved.maxIntervalMs === options.maxIntervalMs)
        return
      options = resolved
      // Re-arm the one pending timer with the new interval, counted from the same last poll.
      if (timer !== undefined) schedule()
    },
    idleSince: () => idleSince,
  }
}
