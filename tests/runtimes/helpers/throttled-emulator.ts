import type { Emulator } from '@mistral-batch/emulator'
import { throttleUploads } from '../../../apps/demo/server/throttle-uploads'
import { assertBuilt } from './built'
import { FAST_EMULATOR, type RunningEmulator } from './emulator'

/** About 2 MB/s: a 20 MB upload takes ~10 s, long enough for every runtime to report its progress. */
export const SLOW_READ_BYTES_PER_SECOND = 2_000_000

/**
 * The BUILT emulator's real server on 127.0.0.1, port 0, reading request bodies at `bytesPerSecond`
 * (the demo's throttle, wrapped around the emulator's handler; the emulator itself has no such knob).
 */
export async function startThrottledEmulator(
  bytesPerSecond = SLOW_READ_BYTES_PER_SECOND,
): Promise<RunningEmulator & { emulator: Emulator }> {
  assertBuilt()
  const { createEmulator } = await import('@mistral-batch/emulator')
  const { serve } = await import('@mistral-batch/emulator/node')
  const emulator = createEmulator(FAST_EMULATOR)
  const slow: Emulator = {
    fetch: throttleUploads((request) => emulator.fetch(request), bytesPerSecond),
    get state() {
      return emulator.state
    },
    jobs: () => emulator.jobs(),
    files: () => emulator.files(),
    setFaults: (faults) => emulator.setFaults(faults),
  }
  const server = await serve(slow, { port: 0, host: '127.0.0.1' })
  return { emulator, url: String(server.url).replace(/\/$/, ''), close: async () => server.close() }
}
