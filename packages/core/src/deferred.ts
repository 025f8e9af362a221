/**
 * The methods `names` of the object `load` resolves to, callable before it has loaded: each call awaits
 * `load()` (one import, shared by every method) and then calls the real method. Only for async methods,
 * whose callers await anyway, so the first call's module load is the only difference a caller can see.
 */
export function deferred<T, K extends keyof T>(load: () => Promise<T>, names: readonly K[]): Pick<T, K> {
  const api = {} as Pick<T, K>
  for (const name of names)
    api[name] = (async (...args: unknown[]) =>
      ((await load())[name] as (...all: unknown[]) => unknown)(...args)) as T[K]
  return api
}
