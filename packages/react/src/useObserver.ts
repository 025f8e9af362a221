import type { Observer, ObserverStatus } from '@mistral-batch/core'
import { useCallback, useSyncExternalStore } from 'react'

const noop = () => {}

/** What a hook passes on to its subscription: on/off and this subscriber's own polling options. */
export interface ObserverUse {
  enabled: boolean
  intervalMs?: number | undefined
  maxIntervalMs?: number | undefined
}

/**
 * The one bridge from a core observer to React. Subscribing (and so polling) happens only in React's
 * subscribe phase, never during render: server rendering makes no request and reads the observer's
 * constant pre-fetch snapshot (`loading`). The polling options go with this component's subscription,
 * so two components watching one job at 1 s and 10 s share a stream at 1 s, back to 10 s when the first
 * unmounts. `observer: null` (no id) gives `idle`, and so does `enabled: false` until there is data.
 */
export function useObserver<S extends { readonly status: ObserverStatus }>(
  observer: Observer<S> | null,
  idle: S,
  { enabled, intervalMs, maxIntervalMs }: ObserverUse,
): S {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!observer || !enabled) return noop
      const options = {
        ...(intervalMs === undefined ? {} : { intervalMs }),
        ...(maxIntervalMs === undefined ? {} : { maxIntervalMs }),
      }
      return observer.subscribe(onChange, options)
    },
    [observer, enabled, intervalMs, maxIntervalMs],
  )
  const read = (snapshot: S) => (enabled || snapshot.status !== 'loading' ? snapshot : idle)
  const getSnapshot = () => (observer ? read(observer.getSnapshot()) : idle)
  const getServerSnapshot = () => (observer ? read(observer.getServerSnapshot()) : idle)
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
}
