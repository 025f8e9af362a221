import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { runtimesDir } from '../helpers/paths'

let emulator: RunningEmulator
let mf: Miniflare | undefined
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await mf?.dispose()
  await emulator?.close()
})

describe('upload progress in Cloudflare Workers (workerd, built core)', () => {
  it('changes nothing: the plain fetch, and progress at the start and the end only', async () => {
    const worker = await bundle(`${runtimesDir}progress/worker.js`, ['workerd', 'worker', 'browser'])
    expect(usesBuiltCore(worker.inputs)).toBe(true)
    mf = new Miniflare({ modules: true, script: worker.code, compatibilityDate: '2026-04-20', cf: false })
    const response = await mf.dispatchFetch('http://worker/', {
      method: 'POST',
      body: JSON.stringify({ baseURL: emulator.url, apiKey: 'test-key' }),
    })
    const text = await response.text()
    expect(response.status, text).toBe(200)
    const { loaded, bytes } = JSON.parse(text) as { loaded: number[]; bytes: number }
    expect(bytes).toBe(1_120_000)
    expect(loaded).toEqual([0, bytes])
  })
})
