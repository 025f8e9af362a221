import { useCallback, useSyncExternalStore } from 'react'

// The open job lives in the URL hash (#/jobs/<id>): a reload, the back button and a shared link all work,
// with no router and no server-side routes to configure.
const PREFIX = '#/jobs/'

function read(): string | null {
  const hash = window.location.hash
  if (!hash.startsWith(PREFIX)) return null
  const id = decodeURIComponent(hash.slice(PREFIX.length))
  return id.length > 0 ? id : null
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/** The href that opens a job. */
export function jobHref(id: string): string {
  return `${PREFIX}${encodeURIComponent(id)}`
}

/** The job open in the detail panel, and a setter (null closes it). */
export function useSelectedJob(): [string | null, (id: string | null) => void] {
  const id = useSyncExternalStore(subscribe, read, () => null)
  const select = useCallback((next: string | null) => {
    if (next === null) {
      // Drop the hash without a jump to the top or a new history entry.
      history.pushState(null, '', window.location.pathname + window.location.search)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    } else {
      window.location.hash = jobHref(next)
    }
  }, [])
  return [id, select]
}
