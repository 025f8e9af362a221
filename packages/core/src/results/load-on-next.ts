/**
 * An async generator whose implementation loads on the first `next()`, then gets every call directly.
 * Not `async function* () { yield* await start() }`: a delegating generator costs an await, a promise and
 * a result object per item (~500 bytes per result, 0.5 GB of garbage over the 1.08 M results of a 1 GiB
 * output file), and with it V8 grew its young generation: +20 MB of RSS (bench section 3).
 */
export function loadOnFirstNext<T>(start: () => Promise<AsyncGenerator<T>>): AsyncGenerator<T> {
  let inner: AsyncGenerator<T> | undefined
  // Until loaded, calls go to a real generator whose body is the load, so `return()`/`throw()` before it
  // (nothing loads), a failed load (the generator is over) and calls queued behind it behave as in any
  // generator; each is then handed on to the loaded one, in order.
  // biome-ignore lint/correctness/useYield: its items come from the loaded generator, handed on below.
  const head = (async function* (): AsyncGenerator<T, void> {
    inner = await start()
  })()
  const self = { [Symbol.asyncIterator]: () => self } as AsyncGenerator<T>
  for (const method of ['next', 'return', 'throw'] as const) {
    const to = (g: AsyncGenerator<T>, arg: unknown) =>
      (g[method] as (a: unknown) => Promise<IteratorResult<T>>).call(g, arg)
    self[method] = (arg?: unknown) =>
      inner
        ? to(inner, arg)
        : to(head, arg).then(
            (step) => (inner ? to(inner, arg) : step),
            (error: unknown) => {
              // A throw() queued behind a load that succeeded: `head` is over and rethrows it; `inner` takes it.
              if (inner) return to(inner, arg)
              throw error
            },
          )
  }
  return self
}
