import { cpSync, rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../helpers/emulator'
import { projectWithInstalledCore } from '../helpers/install-copy'
import { binDir, runtimesDir } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'
import { startThrottledEmulator } from '../helpers/throttled-emulator'
import { expectMovingProgress, type ProgressRun } from './expect-progress'

let server: RunningEmulator
let project: string
beforeAll(async () => {
  server = await startThrottledEmulator()
  project = projectWithInstalledCore('mb-deno-progress-')
  cpSync(`${runtimesDir}deno/deno.json`, `${project}/deno.json`)
  for (const file of ['upload-20mb.js', 'deno-upload.js'])
    cpSync(`${runtimesDir}progress/${file}`, `${project}/${file}`)
})
afterAll(async () => {
  await server?.close()
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('upload progress in Deno (built core, counting request stream)', () => {
  it('reports at least 6 increasing byte counts of a 20 MB Blob sent to a server reading ~2 MB/s', async () => {
    const args = ['run', '--config=deno.json', '--no-remote', '--no-prompt', '--allow-net=127.0.0.1']
    args.push('--allow-env=MB_EMULATOR_URL,MB_API_KEY', 'deno-upload.js')
    const done = await runCommand(`${binDir}/deno`, args, {
      cwd: project,
      env: childEnv({ MB_EMULATOR_URL: server.url, MB_API_KEY: 'test-key' }),
    })
    const line = done.stdout.split('\n').find((l) => l.startsWith('PROGRESS_RESULT '))
    expect(line, done.stdout + done.stderr).toBeDefined()
    const run = JSON.parse(line!.slice('PROGRESS_RESULT '.length)) as ProgressRun & { version: string }
    expect(run.version).toMatch(/^2\./)
    expectMovingProgress(run, `Deno ${run.version}`)
    expect(done.code).toBe(0)
  })
})
