// The client of groups.mjs (the same choice as run.mjs): the real API when MISTRAL_API_KEY is set, else a
// local emulator.
import { createClient } from '@mistral-batch/core'

/** The real API when a key is set; otherwise a local emulator on 127.0.0.1 (imported only then). */
export async function connect() {
  const apiKey = process.env.MISTRAL_API_KEY
  if (apiKey) {
    const baseURL = process.env.MISTRAL_BASE_URL ?? 'https://api.mistral.ai'
    return { client: createClient({ apiKey, baseURL }), pollMs: 2_000, close: async () => {} }
  }
  const { createEmulator } = await import('@mistral-batch/emulator')
  const { serve } = await import('@mistral-batch/emulator/node')
  const server = await serve(createEmulator({ requestsPerSecond: 20, startDelayMs: 300 }), {
    port: 0,
    host: '127.0.0.1',
  })
  console.log(`No MISTRAL_API_KEY: using the local emulator at ${server.url}`)
  return { client: createClient({ baseURL: server.url }), pollMs: 200, close: () => server.close() }
}
