import { useCallback, useSyncExternalStore } from 'react'
import {
  browserStorage,
  forgetJob,
  loadRememberedJobs,
  type RememberedJob,
  rememberJob,
  STORAGE_KEY,
} from './storage'

const listeners = new Set<() => void>()
let cache: { raw: string | null; jobs: RememberedJob[] } = { raw: null, jobs: [] }

function snapshot(): RememberedJob[] {
  const raw = browserStorage()?.getItem(STORAGE_KEY) ?? null
  // One array per stored value, so useSyncExternalStore sees a stable snapshot between changes.
  if (raw !== cache.raw) cache = { raw, jobs: loadRememberedJobs() }
  return cache.jobs
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab of the demo creating or deleting a job updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const notify = () => {
  for (const listener of listeners) listener()
}
const empty: RememberedJob[] = []

/** The jobs this browser created (newest first), live across tabs, with `remember` and `forget`. */
export function useRememberedJobs() {
  const jobs = useSyncExternalStore(subscribe, snapshot, () => empty)
  const remember = useCallback((job: RememberedJob) => {
    rememberJob(job)
    notify()
  }, [])
  const forget = useCallback((id: string) => {
    forgetJob(id)
    notify()
  }, [])
  return { jobs, remember, forget }
}
