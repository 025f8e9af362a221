import { readFileSync } from 'node:fs'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { binDir, repoRoot } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

// examples/deno/deno.json maps the packages to `npm:` specifiers for users; CI has no registry, so it runs
// the README's workspace command as written: deno.workspace.json maps the same two names to the BUILT
// files (their own imports of ofetch and valibot resolve through node_modules). main.ts runs unchanged.
const exampleDir = `${repoRoot}examples/deno/`
const main = `${exampleDir}main.ts`
const COMMAND = 'deno task --config=deno.workspace.json start'

function runExample(env: NodeJS.ProcessEnv) {
  const [, ...args] = COMMAND.split(' ')
  return runCommand(`${binDir}/deno`, args, { env, cwd: exampleDir })
}

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator?.close())

describe('examples/deno', () => {
  it('documents the command CI runs, and the published-name task for users', () => {
    const readme = readFileSync(`${exampleDir}README.md`, 'utf8')
    expect(readme).toContain(COMMAND)
    expect(readme).toContain('deno task start')
    const tasks = JSON.parse(readFileSync(`${exampleDir}deno.json`, 'utf8')).tasks
    expect(tasks.start).toMatch(/main\.ts$/)
  })

  it('maps exactly the bare specifiers main.ts imports, in both configs', () => {
    const source = readFileSync(main, 'utf8')
    const used = [...source.matchAll(/from '([^'.][^']*)'|import\('([^'.][^']*)'\)/g)].map(
      (m) => m[1] ?? m[2],
    )
    const forUsers = JSON.parse(readFileSync(`${repoRoot}examples/deno/deno.json`, 'utf8')).imports
    const forCi = JSON.parse(readFileSync(`${exampleDir}deno.workspace.json`, 'utf8')).imports
    expect(Object.keys(forUsers).sort()).toEqual([...new Set(used)].sort())
    expect(Object.keys(forCi).sort()).toEqual(Object.keys(forUsers).sort())
  })

  it('runs a batch end to end on Deno.serve + the emulator when MISTRAL_API_KEY is unset', async () => {
    const env = childEnv()
    delete env.MISTRAL_API_KEY
    delete env.MISTRAL_BASE_URL
    const done = await runExample(env)
    // deno task echoes the task it runs on stderr; nothing else may be there.
    const stderr = stripVTControlCharacters(done.stderr).trim().split('\n')
    expect(stderr).toEqual([expect.stringMatching(/^Task start deno run /)])
    expect(done.stdout).toContain('using the emulator at http://127.0.0.1:')
    expect(done.stdout).toMatch(/Job \S+: SUCCESS/)
    for (const id of ['cheese', 'wine', 'haiku']) expect(done.stdout).toMatch(new RegExp(`✔ ${id}: \\S`))
    expect(done.code).toBe(0)
  })

  it('uses MISTRAL_API_KEY and MISTRAL_BASE_URL when set (here a keyed emulator)', async () => {
    const done = await runExample(childEnv({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url }))
    expect(done.stdout).not.toContain('using the emulator')
    expect(done.stdout).toMatch(/Job \S+: SUCCESS/)
    expect(done.code).toBe(0)
  })
})
