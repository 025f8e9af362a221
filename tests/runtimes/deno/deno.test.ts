import { cpSync, rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { expectScenarioPassed, parseResult } from '../helpers/expect-scenario'
import { projectWithInstalledCore } from '../helpers/install-copy'
import { binDir, runtimesDir } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

let emulator: RunningEmulator
let project: string
beforeAll(async () => {
  emulator = await startEmulator()
  // The scenario and its Deno test file, beside an installed copy of the built core (see install-copy).
  project = projectWithInstalledCore('mb-deno-')
  cpSync(`${runtimesDir}scenario`, `${project}/scenario`, { recursive: true })
  cpSync(`${runtimesDir}deno`, `${project}/deno`, { recursive: true, filter: (p) => !p.endsWith('.ts') })
})
afterAll(async () => {
  await emulator?.close()
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('Deno', () => {
  it('runs the scenario under deno test (type-checked) with the built ESM', async () => {
    // Loopback only, and no remote modules: a registry fetch would fail the run instead of hanging.
    const args = [
      'test',
      '--config=deno/deno.json',
      '--no-remote',
      '--no-prompt',
      '--allow-net=127.0.0.1',
      '--allow-read',
      '--allow-env=MB_EMULATOR_URL,MB_API_KEY',
      'deno/scenario.test.js',
    ]
    const done = await runCommand(`${binDir}/deno`, args, {
      cwd: project,
      env: childEnv({ MB_EMULATOR_URL: emulator.url, MB_API_KEY: 'test-key' }),
    })
    // Deno colours its report even with NO_COLOR when piped; strip the escapes before matching.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what we strip.
    const output = (done.stdout + done.stderr).replace(/\u001b\[[0-9;]*m/g, '')
    const result = parseResult(output, 'deno test')
    expect(result.version).toMatch(/^2\./)
    expect(result.resolved).toMatch(/\/node_modules\/@mistral-batch\/core\/dist\/index\.js$/)
    expectScenarioPassed(result)
    expect(output).toMatch(/ok \| 1 passed \| 0 failed/)
    expect(done.code).toBe(0)
  })
})
