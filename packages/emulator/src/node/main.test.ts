import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { chatLine } from '../../test/helpers'
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

  it('passes the limit and failure flags on to the emulator', async () => {
    const argv = ['--port', '0', '--seed', '3', '--start-delay-ms', '0', '--rps', '1000']
    const flags = [
      '--max-requests-per-job',
      '2',
      '--max-file-bytes',
      '100',
      '--max-inline-requests',
      '5',
      '--fail-rate',
      '1',
    ]
    const server = await main([...argv, ...flags], () => {})
    try {
      const url = server?.url ?? ''
      const create = (n: number) =>
        fetch(`${url}/v1/batch/jobs`, {
          method: 'POST',
          body: JSON.stringify({
            endpoint: '/v1/chat/completions',
            requests: Array.from({ length: n }, (_, i) => chatLine(`c${i}`)),
          }),
        })
      expect((await create(6)).status).toBe(422)
      const tooMany = await create(3)
      expect(tooMany.status).toBe(400)
      expect(await tooMany.json()).toMatchObject({ code: 'too_many_requests' })
      const form = new FormData()
      form.append('file', new Blob(['x'.repeat(101)]), 'big.jsonl')
      expect((await fetch(`${url}/v1/files`, { method: 'POST', body: form })).status).toBe(413)
      const job = await (await create(2)).json()
      let current = job
      for (let i = 0; i < 50 && current.status !== 'FAILED'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        current = await (await fetch(`${url}/v1/batch/jobs/${job.id}`)).json()
      }
      expect(current).toMatchObject({ status: 'FAILED', failed_requests: 2 })
    } finally {
      await server?.close()
    }
  })

  it.each([
    [['--fail-rate', 'abc'], /--fail-rate must be a number/],
    [['--fail-rate', '2'], /failRate/],
    [['--max-file-bytes', '0'], /maxFileBytes/],
    [['--max-requests-per-job=-3'], /maxRequestsPerJob/],
  ])('rejects %j naming the option', async (flags, message) => {
    await expect(main(['--port', '0', ...flags], () => {})).rejects.toThrow(message)
  })

  it('prints usage for --help and rejects a non-numeric option', async () => {
    const lines: string[] = []
    expect(await main(['--help'], (l) => lines.push(l))).toBeUndefined()
    expect(lines[0]).toMatch(/^Usage: mistral-batch-emulator/)
    for (const flag of [
      '--max-requests-per-job',
      '--max-file-bytes',
      '--max-inline-requests',
      '--fail-rate',
    ]) {
      expect(lines[0]).toContain(flag)
    }
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
