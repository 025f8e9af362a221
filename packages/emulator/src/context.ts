import type { ResolvedOptions } from './options'
import { hash53, mulberry32, type Random, uuidFrom } from './random'
import { FileStore } from './store/files'
import { JobStore } from './store/jobs'

/** What every route handler gets: options, stores, and the id source. */
export interface Context {
  options: ResolvedOptions
  files: FileStore
  jobs: JobStore
  /** A new UUID: seeded and reproducible when `seed` is set, else `crypto.randomUUID()`. */
  newId(): string
  /** Signs `file_id` + expiry for signed URLs; the secret never leaves the emulator. */
  sign(fileId: string, expiresAt: number): string
}

export function createContext(options: ResolvedOptions): Context {
  const seeded: Random | undefined = options.seed === undefined ? undefined : mulberry32(options.seed ^ 0x1d5)
  const newId = seeded ? () => uuidFrom(seeded) : () => crypto.randomUUID()
  // The secret only has to be unguessable by a client of this process, not cryptographically strong.
  const secret = newId()
  return {
    options,
    files: new FileStore(),
    jobs: new JobStore(),
    newId,
    sign: (fileId, expiresAt) => hash53(`${secret}:${fileId}:${expiresAt}`).toString(16).padStart(14, '0'),
  }
}
