import { effectiveOptions } from './effective-options'
import { isPaused, onResume } from './pause'
import { type ObserveOptions, pollDelay, retryAfterMs } from './poll-delay'
import { checkPollOptions } from './poll-options'
import { replaceEqualDeep } from './replace-equal-deep'
import { isTransientError } from './transient'
import type { Observer, SnapshotMeta } from './types'

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

/**
 * The one polling loop behind `observe` and `observeList`. Timing is documented on `pollDelay`; the
 * interval is the fastest any live subscriber asked for (effectiveOptions). Errors follow
 * isTransientError: a transient one backs off and polls on, any other stops the loop until `refetch()`
 * or the next first subscriber.
 */
export function createPoller<T, S>(config: PollerConfig<T, S>): Poller<S> {
  checkPollOptions(config.options)
  let defaults: ObserveOptions = { ...config.options }
  const subscribers = new Map<() => void, ObserveOptions | undefined>()
  // Never `idle`: an observer exists for an id, so until its first answer it is loading (API.md).
  let meta: SnapshotMeta = { error: null, status: 'loading', isFetching: false, updatedAt: 0 }
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
  let halted = false
  let idleSince: number | undefined = Date.now()
  let offResume: (() => void) | undefined
  let timing = effectiveOptions([], defaults)

  function update(nextMeta: Partial<SnapshotMeta>, nextData: T | undefined = data): void {
    const merged = { ...meta, ...nextMeta }
    const same = (Object.keys(merged) as (keyof SnapshotMeta)[]).every((k) => Object.is(merged[k], meta[k]))
    if (same && nextData === data) return
    meta = merged
    data = nextData
    snapshot = Object.freeze(config.toSnapshot(meta, data))
    for (const listener of [...subscribers.keys()]) listener()
  }

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function schedule(): void {
    clearTimer()
    if (subscribers.size === 0 || done || halted || settledAt === undefined) return
    const wait = Math.max(pollDelay(streak, timing), serverWaitMs ?? 0)
    timer = setTimeout(tick, Math.max(0, settledAt + wait - Date.now()))
  }

  /** Recomputes the shared timing after a subscriber came, left or changed, re-arming a pending timer. */
  function retime(): void {
    const next = effectiveOptions(subscribers.values(), defaults)
    if (next.intervalMs === timing.intervalMs && next.maxIntervalMs === timing.maxIntervalMs) return
    timing = next
    if (timer !== undefined) schedule()
  }

  function tick(): void {
    timer = undefined
    // Paused: no request now; the visibilitychange or online handler polls once it may again.
    if (!isPaused()) void poll()
  }

  function settle(fresh: T): void {
    const next = replaceEqualDeep(data, fresh)
    const key = config.progressKey(next)
    streak = key === lastKey ? streak + 1 : 0
    lastKey = key
    serverWaitMs = undefined
    halted = false
    done = config.isDone(next)
    const updatedAt = next === data && meta.status === 'success' ? meta.updatedAt : Date.now()
    update({ error: null, status: 'success', isFetching: false, updatedAt }, next)
  }

  function fail(error: unknown): void {
    streak += 1
    serverWaitMs = retryAfterMs(error)
    halted = !isTransientError(error)
    const err = error instanceof Error ? error : new Error(String(error))
    update({ error: err, status: 'error', isFetching: false, updatedAt: Date.now() })
  }

  function poll(): Promise<S> {
    if (inflight) return inflight
    clearTimer()
    const ac = new AbortController()
    controller = ac
    idleSince = undefined
    if (meta.status === 'loading') update({ isFetching: true })
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
      if (subscribers.size === 0) idleSince = settledAt
      schedule()
      return snapshot
    }
    inflight = run()
    return inflight
  }

  function resume(): void {
    if (subscribers.size > 0 && !done && !isPaused()) void poll()
  }

  function start(): void {
    config.onActive()
    idleSince = undefined
    offResume ??= onResume(resume)
    // Already running (e.g. StrictMode's subscribe/unsubscribe/subscribe): no second loop.
    if (inflight || timer !== undefined || done || isPaused()) return
    // Resubscribing soon after a poll waits out the rest of its interval instead of polling again;
    // after a final error, a new subscriber asks again (as a remount does in TanStack Query).
    if (settledAt === undefined || halted) void poll()
    else schedule()
  }

  function stop(): void {
    if (subscribers.size > 0) return
    clearTimer()
    controller?.abort()
    controller = undefined
    inflight = undefined
    offResume?.()
    offResume = undefined
    idleSince = Date.now()
    update({ isFetching: false })
  }

  return {
    subscribe(listener, options) {
      checkPollOptions(options)
      const wrapped = () => listener()
      subscribers.set(wrapped, options ? { ...options } : undefined)
      retime()
      if (subscribers.size === 1) start()
      return () => {
        if (!subscribers.delete(wrapped)) return
        if (subscribers.size > 0) return retime()
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
      checkPollOptions(next)
      defaults = { ...next }
      retime()
    },
    idleSince: () => idleSince,
  }
}
