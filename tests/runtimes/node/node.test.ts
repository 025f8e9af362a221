import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { expectScenarioPassed, parseResult } from '../helpers/expect-scenario'
import { runtimesDir } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator?.close())

// process.execPath: the Node running Vitest (20.x here and in CI), not whatever `node` is first on PATH.
async function runNode(entry: string) {
  const done = await runCommand(process.execPath, [entry, emulator.url, 'test-key'], {
    cwd: runtimesDir,
    env: childEnv(),
  })
  return { done, result: parseResult(done.stdout + done.stderr, `node ${entry}`) }
}

describe('Node 20', () => {
  it('runs the scenario with an ESM import of the built package', async () => {
    const { done, result } = await runNode('node/entry.mjs')
    expect(result.version).toMatch(/^v20\./)
    expect(result.resolved).toMatch(/packages\/core\/dist\/index\.js$/)
    expectScenarioPassed(result)
    expect(done.code).toBe(0)
  })

  it('runs the scenario with a CJS require of the built package', async () => {
    const { done, result } = await runNode('node/entry.cjs')
    expect(result.resolved).toMatch(/packages\/core\/dist\/index\.cjs$/)
    expectScenarioPassed(result)
    expect(done.code).toBe(0)
  })
})
