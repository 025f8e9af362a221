import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/paths'
import { childEnv, runCommand } from '../helpers/spawn'

const script = `${repoRoot}examples/node/groups.mjs`
const requests = `${repoRoot}examples/node/requests.jsonl`

/** The environment of a user with no key: the example must start its own emulator. */
function withoutKey() {
  const env = childEnv()
  delete env.MISTRAL_API_KEY
  delete env.MISTRAL_BASE_URL
  return env
}

describe('examples/node/groups.mjs', () => {
  it('shards a file into a group (2 requests a job: 3 jobs), waits, reads every result', async () => {
    const done = await runCommand(process.execPath, [script, requests, 'readme-group', '2'], {
      env: withoutKey(),
    })
    expect(done.stderr).toBe('')
    expect(done.stdout).toContain('shard 3 submitted')
    expect(done.stdout).toContain('Group readme-group: 3 jobs')
    expect(done.stdout).toMatch(/\[█{30}\] 5\/5 SUCCESS {2}✔ 5 {2}✖ 0/)
    expect(done.stdout).toContain('5 of 5 requests succeeded')
    expect(done.stdout).toContain('Nothing to retry')
    expect(done.code).toBe(0)
  })

  it('retries the request that failed', async () => {
    const failing = `${repoRoot}tests/runtimes/examples/fixtures/one-failing.jsonl`
    const done = await runCommand(process.execPath, [script, failing, 'failing-group'], { env: withoutKey() })
    expect(done.stdout).toContain('Group failing-group: 1 jobs')
    expect(done.stdout).toContain('3 of 4 requests succeeded')
    expect(done.stdout).toMatch(/Retrying 1 failed requests as [0-9a-f-]{36}/)
    expect(done.code).toBe(0)
  })
})
