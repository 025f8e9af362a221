/** A job this browser created, remembered so a reload resumes watching it. */
export interface RememberedJob {
  id: string
  /** When it was created, epoch seconds (the wire's `created_at`). */
  created_at: number
}

export const STORAGE_KEY = 'mistral-batch-demo:jobs'
/** Enough for a demo session; the oldest are dropped first. */
const MAX_REMEMBERED = 25

/** localStorage, or null where it is missing or blocked (private mode, sandboxed iframe). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function isRememberedJob(value: unknown): value is RememberedJob {
  if (typeof value !== 'object' || value === null) return false
  const { id, created_at } = value as Record<string, unknown>
  return typeof id === 'string' && id.length > 0 && typeof created_at === 'number'
}

/** The remembered jobs, newest first. A missing, corrupt or foreign value reads as none. */
export function loadRememberedJobs(storage: Storage | null = browserStorage()): RememberedJob[] {
  const raw = storage?.getItem(STORAGE_KEY)
  if (!raw) return []
  try {
    const parsed: unknown = JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.filter(isRememberedJob) : []
  } catch {
    return []
  }
}

function save(jobs: RememberedJob[], storage: Storage | null): RememberedJob[] {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(jobs))
  } catch {
    // Quota exceeded or storage blocked: remembering is a convenience, the app works without it.
  }
  return jobs
}

/** Adds (or moves to the front) a job; returns the new list. */
export function rememberJob(job: RememberedJob, storage: Storage | null = browserStorage()): RememberedJob[] {
  const rest = loadRememberedJobs(storage).filter((j) => j.id !== job.id)
  const entry = { id: job.id, created_at: job.created_at }
  return save([entry, ...rest].slice(0, MAX_REMEMBERED), storage)
}

/** Forgets a job (after it was deleted, or on request); returns the new list. */
export function forgetJob(id: string, storage: Storage | null = browserStorage()): RememberedJob[] {
  return save(
    loadRememberedJobs(storage).filter((j) => j.id !== id),
    storage,
  )
}
