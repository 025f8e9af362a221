// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const CANARY_ENV = 'sk-test-canary-from-process-env-7f3a'
const CANARY_FILE = 'sk-test-canary-from-dotenv-file-91bc'

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

let outDir = ''
let envDir = ''
const saved = process.env.MISTRAL_API_KEY

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'demo-build-'))
  envDir = await mkdtemp(join(tmpdir(), 'demo-env-'))
  // A key in the process environment and one in a .env file: Vite exposes neither (no VITE_ prefix).
  await writeFile(join(envDir, '.env'), `MISTRAL_API_KEY=${CANARY_FILE}\n`)
  process.env.MISTRAL_API_KEY = CANARY_ENV
  try {
    await build({ root, envDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  } finally {
    if (saved === undefined) delete process.env.MISTRAL_API_KEY
    else process.env.MISTRAL_API_KEY = saved
  }
}, 60_000)

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
  await rm(envDir, { recursive: true, force: true })
})

describe('the built bundle', () => {
  it('never contains the API key, from the environment or a .env file', async () => {
    const files: string[] = []
    for await (const file of walk(outDir)) files.push(file)
    expect(files.some((f) => f.endsWith('.js'))).toBe(true)
    for (const file of files) {
      const text = await readFile(file, 'latin1')
      expect(text.includes(CANARY_ENV), file).toBe(false)
      expect(text.includes(CANARY_FILE), file).toBe(false)
      expect(text.includes('sk-test-canary'), file).toBe(false)
    }
  })
})

describe('vite preview', () => {
  let server: PreviewServer | undefined
  afterAll(async () => {
    await server?.close()
  })

  it('serves the built app and mounts the emulator on /v1 (one process, one port)', async () => {
    // No key in the environment: emulator mode, whatever the shell running the tests has set.
    delete process.env.MISTRAL_API_KEY
    try {
      server = await preview({
        root,
        logLevel: 'silent',
        build: { outDir },
        preview: { port: 0, host: '127.0.0.1', strictPort: false },
      })
    } finally {
      if (saved !== undefined) process.env.MISTRAL_API_KEY = saved
    }
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await (await fetch(`${base}/`)).text()).toContain('<div id="root">')
    expect(await (await fetch(`${base}/demo/mode.json`)).json()).toEqual({
      mode: 'emulator',
      maxRequestsPerJob: 1_000,
    })
    const list = await fetch(`${base}/v1/batch/jobs`)
    expect(list.status).toBe(200)
    expect(await list.json()).toMatchObject({ object: 'list', total: 0 })
  }, 30_000)
})
