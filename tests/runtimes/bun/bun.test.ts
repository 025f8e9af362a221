import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { expectScenarioPassed, parseResult } from '../helpers/expect-scenario'
import { binDir, runtimesDir } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator?.close())

describe('Bun', () => {
  it('runs the scenario with an ESM import of the built package', async () => {
    // The same entry file as Node ESM: Bun resolves the package through its `exports` ("import").
    const done = await runCommand(`${binDir}/bun`, ['run', 'node/entry.mjs', emulator.url, 'test-key'], {
      cwd: runtimesDir,
      env: childEnv({ BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' }),
    })
    const result = parseResult(done.stdout + done.stderr, 'bun node/entry.mjs')
    expect([result.runtime, result.version]).toEqual(['bun', expect.stringMatching(/^1\./)])
    expect(result.resolved).toMatch(/packages\/core\/dist\/index\.js$/)
    expectScenarioPassed(result)
    expect(done.code).toBe(0)
  })
})
