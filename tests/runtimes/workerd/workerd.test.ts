import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { expectScenarioPassed, type ScenarioResult } from '../helpers/expect-scenario'
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

describe('Cloudflare Workers (workerd)', () => {
  it('runs the scenario in a module Worker without nodejs_compat', async () => {
    // The conditions wrangler uses for Workers; `source` is not among them.
    const worker = await bundle(`${runtimesDir}workerd/worker.js`, ['workerd', 'worker', 'browser'])
    expect(usesBuiltCore(worker.inputs)).toBe(true)

    mf = new Miniflare({
      modules: true,
      script: worker.code,
      compatibilityDate: '2026-04-20',
      compatibilityFlags: [],
      // No fetch of workers.cloudflare.com/cf.json: loopback only.
      cf: false,
    })
    const response = await mf.dispatchFetch('http://worker/', {
      method: 'POST',
      body: JSON.stringify({ baseURL: emulator.url, apiKey: 'test-key' }),
    })
    const text = await response.text()
    expect(response.status, text).toBe(200)
    const result = JSON.parse(text) as ScenarioResult
    expect(result.version).toBe('Cloudflare-Workers')
    expectScenarioPassed(result)
  })
})
