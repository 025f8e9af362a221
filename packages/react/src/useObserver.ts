import type { Observer } from '@mistral-batch/core'
import { useCallback, useSyncExternalStore } from 'react'

const noop = () => {}

/**
 * The one bridge from a core observer to React. Subscribing (and so polling) happens only in React's
 * subscribe phase, never during render: server rendering makes no request and reads the observer's
 * constant pre-fetch snapshot. `observer: null` (no id) or `enabled: false` subscribes to nothing.
 */
export function useObserver<S>(observer: Observer<S> | null, idle: S, enabled = true): S {
  const subscribe = useCallback(
    (onChange: () => void) => (observer && enabled ? observer.subscribe(onChange) : noop),
    [observer, enabled],
  )
  const getSnapshot = () => (observer ? observer.getSnapshot() : idle)
  const getServerSnapshot = () => (observer ? observer.getServerSnapshot() : idle)
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
}
