import { type BatchRequest, createClient } from '@mistral-batch/core'
import { createEmulator, type EmulatorOptions } from '@mistral-batch/emulator'
import { type Server, serve } from '@mistral-batch/emulator/node'
import { afterEach } from 'vitest'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

export const API_KEY = 'e2e-key'

/** An emulator served on 127.0.0.1:0 and a core client pointed at it; closed after each test. */
export async function start(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ apiKey: API_KEY, startDelayMs: 30, requestsPerSecond: 500, ...options })
  const server = await serve(emulator, { port: 0 })
  servers.push(server)
  const client = createClient({
    baseURL: server.url,
    apiKey: API_KEY,
    retry: { retries: 6, minDelayMs: 5, maxDelayMs: 20 },
  })
  return { emulator, client, url: server.url }
}

/** Fast polling for tests. */
export const FAST = { intervalMs: 20, maxIntervalMs: 50 } as const

export const chat = (custom_id: string, content = `Question ${custom_id}?`): BatchRequest => ({
  custom_id,
  body: { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
})

export const requests = (n: number, prefix = 'r') =>
  Array.from({ length: n }, (_, i) => chat(`${prefix}${i}`))

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of iterable) out.push(item)
  return out
}
