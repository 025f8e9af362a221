import type { EmulatorOptions } from '@mistral-batch/emulator'
import { assertBuilt } from './built'

/** The emulator's options for the matrix: fast enough to keep each runtime's run to seconds. */
export const FAST_EMULATOR: EmulatorOptions = {
  apiKey: 'test-key',
  requestsPerSecond: 200,
  startDelayMs: 20,
  cancelDelayMs: 20,
}

export interface RunningEmulator {
  url: string
  close: () => Promise<void>
}

/**
 * Starts the BUILT emulator's real HTTP server on 127.0.0.1, port 0. Imported lazily so a missing build
 * fails with `assertBuilt`'s message rather than a module-resolution error.
 */
export async function startEmulator(options: EmulatorOptions = FAST_EMULATOR): Promise<RunningEmulator> {
  assertBuilt()
  const { createEmulator } = await import('@mistral-batch/emulator')
  const { serve } = await import('@mistral-batch/emulator/node')
  const server = await serve(createEmulator(options), { port: 0, host: '127.0.0.1' })
  return { url: String(server.url).replace(/\/$/, ''), close: async () => server.close() }
}
