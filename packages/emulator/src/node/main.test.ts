import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from './main'

describe('main (the bin)', () => {
  it('serves on the given port and host, with --api-key enforced', async () => {
    const lines: string[] = []
    const server = await main(['--port', '0', '--host', '127.0.0.1', '--api-key', 'k', '--rps', '5'], (l) =>
      lines.push(l),
    )
    try {
      expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(lines).toEqual([`Mistral batch emulator listening on ${server?.url}`])
      expect((await fetch(`${server?.url}/v1/batch/jobs`)).status).toBe(401)
      const ok = await fetch(`${server?.url}/v1/batch/jobs`, { headers: { authorization: 'Bearer k' } })
      expect(await ok.json()).toEqual({ data: [], object: 'list', total: 0 })
    } finally {
      await server?.close()
    }
  })

  it('prints usage for --help and rejects a non-numeric option', async () => {
    const lines: string[] = []
    expect(await main(['--help'], (l) => lines.push(l))).toBeUndefined()
    expect(lines[0]).toMatch(/^Usage: mistral-batch-emulator/)
    await expect(main(['--port', 'abc'], () => {})).rejects.toThrow(/--port must be a number/)
  })
})

describe('cli.ts as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('starts with node, prints its URL and answers', async () => {
    // Bundled from source with esbuild (as tsup does for dist/cli.js), so the test needs no prior build.
    const outfile = join(dir, 'cli.mjs')
    await build({
      entryPoints: [fileURLToPath(new URL('./cli.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      conditions: ['source'],
      outfile,
      logLevel: 'silent',
    })
    const child = spawn(process.execPath, [outfile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const found = /listening on (http:\/\/\S+)/.exec(out)
          if (found?.[1]) resolve(found[1])
        })
        child.once('exit', (code) => reject(new Error(`cli exited with ${code}`)))
      })
      const response = await fetch(`${url}/v1/files`)
      expect(await response.json()).toEqual({ data: [], object: 'list', total: 0 })
    } finally {
      child.kill('SIGTERM')
    }
  }, 20_000)
})
