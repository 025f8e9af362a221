import type { Poller } from './poller'

type Idle = Pick<Poller<unknown>, 'idleSince'>

/**
 * Observers by key, at most one per key, each collected once it has had no subscriber for `gcTimeMs`.
 * Collection is lazy (checked on each `lookup`), so it never needs a timer. `create` gets `revive`, which
 * its poller calls when a subscriber arrives, so a collected observer that is still held re-registers.
 */
export function createPollerCache(gcTimeMs: number) {
  const cache = new Map<string, Idle>()
  return function lookup<O extends Idle>(key: string, create: (revive: () => void) => O): O {
    const now = Date.now()
    for (const [k, observer] of cache) {
      const since = observer.idleSince()
      if (k !== key && since !== undefined && now - since >= gcTimeMs) cache.delete(k)
    }
    const found = cache.get(key) as O | undefined
    if (found) return found
    const created: O = create(() => {
      if (!cache.has(key)) cache.set(key, created)
    })
    cache.set(key, created)
    return created
  }
}
