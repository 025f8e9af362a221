/**
 * One signal that aborts when the caller's does or when ours (the timer's controller) does.
 * `AbortSignal.any` holds its sources weakly, so a long-lived caller signal reused across thousands of
 * downloads gains no listener per call. Where it is missing, a listener forwards the abort and `dispose`
 * removes it; a returned stream then keeps it until its own end (old runtimes only).
 */
export function linkSignal(
  caller: AbortSignal | undefined,
  own: AbortController,
): { signal: AbortSignal; dispose: () => void } {
  if (!caller) return { signal: own.signal, dispose: () => {} }
  if (typeof AbortSignal.any === 'function')
    return { signal: AbortSignal.any([caller, own.signal]), dispose: () => {} }
  const forward = () => own.abort(caller.reason)
  caller.addEventListener('abort', forward, { once: true })
  return { signal: own.signal, dispose: () => caller.removeEventListener('abort', forward) }
}
