import { type $Fetch, createFetch, type FetchHook, type FetchOptions } from 'ofetch'
import { type ClientConfig, HOOKS } from './options'

/** A throw from a caller's interceptor, kept apart so it is never mistaken for a network failure. */
export class HookFailure {
  constructor(
    readonly hook: string,
    readonly error: unknown,
  ) {}
}

/**
 * The client's ofetch instance: base URL joining, header merging, JSON bodies and the interceptors are
 * ofetch's. Its own retry is off (`retry: false`): the exactly-once loop in request.ts decides. The fetch
 * under it is looked up at call time, so a test double or a polyfill installed later is used.
 */
export function createTransport(config: ClientConfig): $Fetch {
  const defaults: FetchOptions = { baseURL: config.baseURL ?? 'https://api.mistral.ai', retry: false }
  for (const name of HOOKS) {
    const hooks = config[name]
    if (hooks === undefined) continue
    defaults[name] = [hooks].flat().map(
      (hook): FetchHook =>
        async (context) => {
          try {
            await (hook as FetchHook)(context)
          } catch (error) {
            throw new HookFailure(name, error)
          }
        },
    )
  }
  // createFetch, not `ofetch.create`: importing the default instance would keep its module-level setup.
  return createFetch({
    fetch: (input, init) => (config.fetch ?? globalThis.fetch)(input, init),
    defaults,
  })
}
