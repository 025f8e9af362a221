import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const benchDir = fileURLToPath(new URL('.', import.meta.url))

type Row = { section: string; case: string; result: string; status: string }

// Checks that the harness runs and produces every row, never its timings: those vary by machine.
describe('bench smoke', () => {
  it('runs every section at tiny sizes and measures every row', async () => {
    const out = join(tmpdir(), `mistral-batch-bench-smoke-${process.pid}.json`)
    const { stdout } = await run(process.execPath, ['--expose-gc', 'run.mjs', '--smoke', `--out=${out}`], {
      cwd: benchDir,
      maxBuffer: 16 * 1024 * 1024,
    })
    const { rows } = JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] }
    const perSection: Record<string, number> = {}
    for (const r of rows) {
      const n = r.section.split(' ')[0] ?? ''
      perSection[n] = (perSection[n] ?? 0) + 1
    }
    expect(perSection).toEqual({
      '1': 11, // the size cases of lib/size-cases.mjs, the client's first call included
      '2': 12, // per dataset: baseline, naive, floor, single-thread limit, ours, ours against the baseline
      '3': 8,
      '4': 3,
      '5': 8,
      '6': 2,
      '7': 4,
    })
    const unmeasured = rows.filter((r) => r.status === 'failed' || r.status === 'not measured')
    expect(unmeasured.map((r) => `${r.case}: ${r.result}`)).toEqual([])
    expect(stdout).toContain('| # | case | result |')
  })
})
