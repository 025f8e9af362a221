import { createEmulator } from '@mistral-batch/emulator'
import type { Env } from './env'

/** Where the Worker's Mistral calls go: a key, a base URL and, for the emulator, the fetch to use. */
export interface Upstream {
  apiKey: string
  baseURL: string
  fetch?: typeof fetch
}

// One emulator per isolate, created on first use (Workers forbid timers and randomness at global scope).
let emulator: ReturnType<typeof createEmulator> | undefined

/**
 * The real API when the MISTRAL_API_KEY secret is set. Otherwise an emulator inside this Worker: the
 * emulator is a Web fetch handler, so it runs in workerd as is, and no request leaves the Worker.
 */
export function upstream(env: Env): Upstream {
  if (env.MISTRAL_API_KEY) {
    return { apiKey: env.MISTRAL_API_KEY, baseURL: env.MISTRAL_BASE_URL ?? 'https://api.mistral.ai' }
  }
  emulator ??= createEmulator({ requestsPerSecond: 5, startDelayMs: 1_000 })
  const local = emulator
  return {
    apiKey: 'emulator',
    baseURL: 'http://emulator.invalid',
    fetch: (input, init) => local.fetch(new Request(input, init)),
  }
}
