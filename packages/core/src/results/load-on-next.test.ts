import { describe, expect, it, vi } from 'vitest'
import { loadOnFirstNext } from './load-on-next'

type Gen = AsyncGenerator<number>
type Step = (g: Gen) => Promise<unknown>

/** A source of 1, 2, 3 that records whether its `finally` ran (a download's stream being released). */
function source() {
  const state = { closed: false }
  async function* numbers(): Gen {
    try {
      yield 1
      yield 2
      yield 3
    } finally {
      state.closed = true
    }
  }
  return { state, numbers }
}

/** What client.ts had before: a delegating generator, whose behaviour the lazy one must keep. */
function delegating(start: () => Promise<Gen>): Gen {
  return (async function* () {
    yield* await start()
  })()
}

/** Runs `steps` on a generator without waiting in between, and records each outcome (value or rejection). */
function outcomes(gen: Gen, steps: Step[]) {
  return Promise.all(
    steps.map((step) =>
      step(gen).then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    ),
  )
}

const next: Step = (g) => g.next()

describe('loadOnFirstNext', () => {
  it('loads nothing until the first next(), then loads once and yields every item', async () => {
    const { numbers } = source()
    const start = vi.fn(async () => numbers())
    const lazy = loadOnFirstNext(start)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(start).not.toHaveBeenCalled()
    const seen: number[] = []
    for await (const n of lazy) seen.push(n)
    expect(seen).toEqual([1, 2, 3])
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('hands each call after the load straight to the loaded generator (no step added per item)', async () => {
    const inner = source().numbers()
    const lazy = loadOnFirstNext(async () => inner)
    await lazy.next()
    const spy = vi.spyOn(inner, 'next')
    const pending = lazy.next()
    // Called synchronously, and its own promise returned: no await, promise or result object in between.
    expect(spy).toHaveBeenCalledTimes(1)
    expect(pending).toBe(spy.mock.results[0]?.value)
    expect(await pending).toEqual({ value: 2, done: false })
  })

  it('breaking out of the loop closes the loaded generator', async () => {
    const { state, numbers } = source()
    for await (const n of loadOnFirstNext(async () => numbers())) if (n === 2) break
    expect(state.closed).toBe(true)
  })

  it('return() or throw() before any next() close it without loading, as a generator not started', async () => {
    const closers: Step[] = [(g) => g.return(7), (g) => g.throw(new Error('stop'))]
    for (const close of closers) {
      const start = vi.fn(async () => source().numbers())
      const lazy = await outcomes(loadOnFirstNext(start), [close, next])
      expect(lazy).toEqual(await outcomes(delegating(start), [close, next]))
      expect(start).not.toHaveBeenCalled()
    }
  })

  it('answers calls made while it loads in order, as the delegating generator does', async () => {
    const steps: Step[] = [next, next, (g) => g.return(9), next]
    const { state, numbers } = source()
    const lazy = await outcomes(
      loadOnFirstNext(async () => numbers()),
      steps,
    )
    expect(lazy).toEqual([
      { value: { value: 1, done: false } },
      { value: { value: 2, done: false } },
      { value: { value: 9, done: true } },
      { value: { value: undefined, done: true } },
    ])
    expect(state.closed).toBe(true)
    expect(lazy).toEqual(
      await outcomes(
        delegating(async () => source().numbers()),
        steps,
      ),
    )
  })

  it('a throw() queued while it loads reaches the loaded generator', async () => {
    const { state, numbers } = source()
    const lazy = await outcomes(
      loadOnFirstNext(async () => numbers()),
      [next, (g) => g.throw(new Error('stop'))],
    )
    expect(lazy).toEqual([{ value: { value: 1, done: false } }, { error: 'stop' }])
    expect(state.closed).toBe(true)
  })

  it('a failed load rejects the call that started it; calls queued behind it and later find it over', async () => {
    for (const make of [loadOnFirstNext, delegating]) {
      const gen = make(async () => {
        throw new Error('chunk failed to load')
      })
      expect({ queued: await outcomes(gen, [next, next]), later: await outcomes(gen, [next]) }).toEqual({
        queued: [{ error: 'chunk failed to load' }, { value: { value: undefined, done: true } }],
        later: [{ value: { value: undefined, done: true } }],
      })
    }
  })
})
