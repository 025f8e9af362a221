import { afterAll, beforeAll, describe, it } from 'vitest'
import type { RunningEmulator } from '../helpers/emulator'
import { startThrottledEmulator } from '../helpers/throttled-emulator'
import { expectMovingProgress, type ProgressRun } from './expect-progress'
import { uploadWithProgress } from './upload-20mb.js'

let server: RunningEmulator
beforeAll(async () => {
  server = await startThrottledEmulator()
})
afterAll(() => server?.close())

describe('upload progress in Node (built core, counting request stream)', () => {
  it('reports at least 6 increasing byte counts of a 20 MB Blob sent to a server reading ~2 MB/s', async () => {
    const core = await import('@mistral-batch/core')
    const run: ProgressRun = await uploadWithProgress(core, { baseURL: server.url, apiKey: 'test-key' })
    expectMovingProgress(run, `Node ${process.version}`)
  })
})
