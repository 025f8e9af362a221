import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect, requests, start } from './harness'

const child = fileURLToPath(new URL('./crash/submit-child.mjs', import.meta.url))
const built = fileURLToPath(new URL('../../../packages/core/dist/index.js', import.meta.url))
const SHARDS = 5
const PER_SHARD = 200
let dir = ''
let file = ''

beforeAll(() => {
  if (!existsSync(built))
    throw new Error(
      'The crash test runs the BUILT core in a child: run `pnpm --filter @mistral-batch/core build` first (`pnpm test` does).',
    )
  dir = mkdtempSync(join(tmpdir(), 'group-crash-'))
  file = join(dir, 'input.jsonl')
  writeFileSync(
    file,
    requests(SHARDS * PER_SHARD)
      .map((r) => `${JSON.stringify(r)}\n`)
      .join(''),
  )
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

/**
 * Runs the submitting child. With a `killOn` line, the child is SIGKILLed as soon as it prints that line;
 * otherwise it must finish, and its last line (the group) is returned.
 */
function submit(url: string, group_id: string, mode: string, stop: string, killOn?: string) {
  return new Promise<{ out: string; err: string; signal: NodeJS.Signals | null; code: number | null }>(
    (resolve, reject) => {
      const proc = spawn(process.execPath, [child, url, group_id, file, String(PER_SHARD), mode, stop])
      let out = ''
      let err = ''
      const timer = setTimeout(() => {
        proc.kill('SIGKILL')
        reject(new Error(`child timed out (${stop})\n${out}\n${err}`))
      }, 30_000)
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (killOn && out.includes(killOn)) proc.kill('SIGKILL')
      })
      proc.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString()
      })
      proc.on('close', (code, signal) => {
        clearTimeout(timer)
        if (!killOn && code !== 0) reject(new Error(`child failed (${code})\n${out}\n${err}`))
        else resolve({ out, err, signal, code })
      })
    },
  )
}

describe('groups.create after a SIGKILL of the submitting process', () => {
  const cases: [string, string, string][] = [
    ['blob', 'send:1', 'stopped'], // killed mid-way through the first upload: nothing on the server yet
    ['blob', 'upload:1', 'stopped'], // shard 1 uploaded, its job never created
    ['blob', 'job:1', 'stopped'], // shard 1's job created, the answer never read
    ['blob', 'upload:3', 'stopped'],
    ['blob', 'job:3', 'stopped'],
    ['blob', 'send:5', 'stopped'],
    ['blob', 'job:5', 'stopped'], // every job made, killed before create returned
    ['blob', 'progress:2', 'submitted 2'], // killed wherever it is just after shard 2
    ['stream', 'upload:2', 'stopped'],
    ['stream', 'job:4', 'stopped'],
    ['stream', 'progress:3', 'submitted 3'],
  ]
  it.each(cases)(
    '%s input, stopped at %s: a re-run ends with exactly n jobs and n uploads',
    async (mode, stop, killOn) => {
      const { client, emulator, url } = await start({
        requestsPerSecond: 100_000,
        startDelayMs: 10,
      })
      const group_id = `crash-${mode}-${stop.replace(':', '-')}`
      const killed = await submit(url, group_id, mode, stop, killOn)
      expect(killed.signal, `${killed.out}\n${killed.err}`).toBe('SIGKILL')
      const rerun = await submit(url, group_id, mode, 'none')
      expect(JSON.parse(rerun.out.trim().split('\n').at(-1) as string)).toEqual({
        jobs: SHARDS,
        complete: true,
      })
      expect(emulator.state).toMatchObject({ jobs: SHARDS, uploads: SHARDS })
      const group = await client.batch.groups.wait(group_id, { intervalMs: 20, maxIntervalMs: 50 })
      expect(group).toMatchObject({ status: 'SUCCESS', complete: true, shards: SHARDS })
      const ids = (await collect(client.batch.groups.results(group))).map((r) => r.custom_id)
      expect(ids).toEqual(requests(SHARDS * PER_SHARD).map((r) => r.custom_id))
    },
    60_000,
  )
})
