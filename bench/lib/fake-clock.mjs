// A minimal virtual clock for the polling bench: replaces the global timers, Date and performance.now,
// and runs due timers in order while letting real promise/I-O turns settle between them. Vitest's fake
// timers need a Vitest worker; this runs in a plain Node child.

const real = { setImmediate: globalThis.setImmediate, Date: globalThis.Date }

/** Installs the clock; returns { now(), advance(ms) }. There is no uninstall: use it in a child process. */
export function installFakeClock(start = Date.UTC(2026, 0, 1)) {
  let now = start
  let seq = 0
  const timers = new Map()
  const handle = (id) => ({
    id,
    ref() {
      return this
    },
    unref() {
      return this
    },
    hasRef: () => true,
    refresh() {
      return this
    },
    [Symbol.toPrimitive]: () => id,
  })
  const add = (fn, ms, args, every) => {
    const id = ++seq
    const delay = Math.max(0, Number(ms) || 0)
    timers.set(id, { id, at: now + delay, fn, args, every: every ? Math.max(1, delay) : 0 })
    return handle(id)
  }
  const clear = (h) => {
    timers.delete(typeof h === 'object' && h !== null ? h.id : Number(h))
  }
  globalThis.setTimeout = (fn, ms, ...args) => add(fn, ms, args, false)
  globalThis.setInterval = (fn, ms, ...args) => add(fn, ms, args, true)
  globalThis.clearTimeout = clear
  globalThis.clearInterval = clear
  globalThis.Date = class extends real.Date {
    constructor(...args) {
      super(...(args.length ? args : [now]))
    }
    static now() {
      return now
    }
  }
  performance.now = () => now - start

  const settle = async () => {
    for (let i = 0; i < 12; i++) await new Promise((r) => real.setImmediate(r))
  }
  const next = () => {
    let best
    for (const t of timers.values())
      if (!best || t.at < best.at || (t.at === best.at && t.id < best.id)) best = t
    return best
  }
  return {
    now: () => now,
    elapsed: () => now - start,
    /** Moves virtual time forward by `ms`, firing every timer that falls due, in order. */
    async advance(ms) {
      const end = now + ms
      for (;;) {
        await settle()
        const t = next()
        if (!t || t.at > end) break
        now = t.at
        if (t.every) t.at = now + t.every
        else timers.delete(t.id)
        t.fn(...t.args)
      }
      now = end
      await settle()
    },
  }
}
