/**
 * Network status, where the runtime reports it (browsers: `navigator.onLine` and the window's `online`
 * event); elsewhere (Node, Workers, Deno) the runtime counts as online. Read from `globalThis` at call
 * time, so importing core touches no DOM.
 */
type Online = { navigator?: { onLine?: unknown }; addEventListener?: EventTarget['addEventListener'] }

/** True only where the runtime says it is offline (`navigator.onLine === false`), as TanStack Query does. */
export function isOffline(): boolean {
  return (globalThis as Online).navigator?.onLine === false
}

/** Calls `onOnline` each time the runtime comes back online; returns the unsubscribe function. */
export function onBackOnline(onOnline: () => void): () => void {
  const target = globalThis as Online & { removeEventListener?: EventTarget['removeEventListener'] }
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function')
    return () => {}
  const handler = () => onOnline()
  target.addEventListener('online', handler)
  return () => target.removeEventListener?.('online', handler)
}
