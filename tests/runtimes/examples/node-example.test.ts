import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { binDir, repoRoot } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

const script = `${repoRoot}examples/node/run.mjs`
const requests = `${repoRoot}examples/node/requests.jsonl`
const CUSTOM_IDS = ['cheese', 'wine', 'bread', 'haiku', 'translate']

/** The environment of a user with no key: the example must start its own emulator. */
function withoutKey() {
  const env = childEnv()
  delete env.MISTRAL_API_KEY
  delete env.MISTRAL_BASE_URL
  return env
}

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator?.close())

describe('examples/node', () => {
  it('runs a JSONL file end to end on the in-process emulator when MISTRAL_API_KEY is unset', async () => {
    const done = await runCommand(process.execPath, [script, requests], { env: withoutKey() })
    expect(done.stderr).toBe('')
    expect(done.stdout).toContain('using the local emulator at http://127.0.0.1:')
    expect(done.stdout).toMatch(/\[█{30}\] 5\/5 SUCCESS {2}✔ 5 {2}✖ 0/)
    for (const id of CUSTOM_IDS) expect(done.stdout).toMatch(new RegExp(`✔ ${id}: \\S`))
    expect(done.code).toBe(0)
  })

  it('runs unchanged on Bun', async () => {
    const done = await runCommand(`${binDir}/bun`, [script, requests], { env: withoutKey() })
    expect(done.stdout).toMatch(/\[█{30}\] 5\/5 SUCCESS/)
    for (const id of CUSTOM_IDS) expect(done.stdout).toMatch(new RegExp(`✔ ${id}: \\S`))
    expect(done.code).toBe(0)
  })

  it('uses MISTRAL_API_KEY and MISTRAL_BASE_URL when set (here a keyed emulator)', async () => {
    const env = childEnv({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    const done = await runCommand(process.execPath, [script, requests], { env })
    expect(done.stdout).not.toContain('local emulator')
    expect(done.stdout).toContain('finished: SUCCESS')
    expect(done.code).toBe(0)
  })

  it('reports invalid lines by number and sends nothing', async () => {
    const bad = `${repoRoot}tests/runtimes/examples/fixtures/invalid.jsonl`
    const done = await runCommand(process.execPath, [script, bad], { env: withoutKey() })
    expect(done.stderr).toMatch(/^line 2: /m)
    expect(done.stdout).not.toContain('Uploaded')
    expect(done.code).toBe(1)
  })
})
