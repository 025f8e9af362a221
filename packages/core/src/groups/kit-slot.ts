import type { Kit } from './kit'

let current: Kit | undefined

/** Called by the facade each time it loads the chunk (see kit.ts); the kit is the same for every client. */
export function setKit(next: Kit): void {
  current = next
}

/** The client's helpers, inside the lazy chunk. */
export function kit(): Kit {
  if (!current) throw new Error('groups: the lazy chunk was used before the client handed it its kit')
  return current
}
