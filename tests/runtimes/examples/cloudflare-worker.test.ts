import { readFileSync } from 'node:fs'
import { createClient } from '@mistral-batch/core'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser/chromium'
import { startPageServer } from '../browser/page-server'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { repoRoot } from '../helpers/paths'

const exampleDir = `${repoRoot}examples/cloudflare-worker/`
const wrangler = readFileSync(`${exampleDir}wrangler.toml`, 'utf8')
/** Reads one `key = "value"` from wrangler.toml, so the test runs the Worker as configured there. */
const tomlValue = (key: string) => wrangler.match(new RegExp(`^${key} = "([^"]+)"`, 'm'))?.[1]

let emulator: RunningEmulator
let script: string
const running: Miniflare[] = []
beforeAll(async () => {
  emulator = await startEmulator()
  // What `wrangler deploy` does: bundle src/index.ts with the Workers conditions (no nodejs_compat).
  const built = await bundle(`${exampleDir}src/index.ts`, ['workerd', 'worker', 'browser'])
  expect(usesBuiltCore(built.inputs)).toBe(true)
  script = built.code
  // The Worker runs with wrangler.toml's settings, which must not need Node compatibility.
  expect(wrangler).not.toMatch(/^compatibility_flags/m)
})
afterAll(async () => {
  await Promise.all(running.map((mf) => mf.dispose()))
  await emulator?.close()
})

/** The Worker in workerd, on a real 127.0.0.1 port, as `wrangler dev` serves it. */
async function startWorker(bindings: Record<string, string>) {
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: tomlValue('compatibility_date'),
    kvNamespaces: [tomlValue('binding') ?? 'missing binding'],
    bindings,
    // No fetch of workers.cloudflare.com/cf.json: loopback only.
    cf: false,
    host: '127.0.0.1',
    port: 0,
  })
  running.push(mf)
  const url = (await mf.ready).origin
  return { mf, url }
}

// Miniflare's own types name @cloudflare/workers-types, which this workspace does not install: the two
// handles used here, typed by hand.
interface ScheduledWorker {
  scheduled(options: { cron: string }): Promise<{ outcome: string }>
}
interface Kv {
  get(key: string): Promise<string | null>
}
const workerOf = async (mf: Miniflare) => (await mf.getWorker()) as unknown as ScheduledWorker
const kvOf = async (mf: Miniflare, binding: string) => (await mf.getKVNamespace(binding)) as unknown as Kv

const direct = () => createClient({ apiKey: 'test-key', baseURL: emulator.url })

describe('examples/cloudflare-worker', () => {
  it('proxies the Files and Batch routes for a browser app, adding the key server-side', async () => {
    const { url } = await startWorker({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    // A browser app's client: no key at all (the keyed emulator would answer 401 without the proxy's).
    const app = createClient({ baseURL: url, headers: { authorization: 'Bearer not-the-key' } })
    const file = await app.files.upload('{"custom_id":"a","body":{"input":["hi"]}}\n', {
      file_name: 'a.jsonl',
    })
    const job = await app.batch.jobs.create({
      endpoint: '/v1/embeddings',
      model: 'm',
      input_files: [file.id],
    })
    expect((await direct().batch.jobs.get(job.id)).input_files).toEqual([file.id])

    const other = await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: '{}' })
    expect(other.status).toBe(404)
  })

  it('on its cron trigger submits a batch and stores the job id in KV', async () => {
    const { mf, url } = await startWorker({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    const outcome = await (await workerOf(mf)).scheduled({ cron: '0 3 * * *' })
    expect(outcome.outcome).toBe('ok')
    const stored = await (await kvOf(mf, 'BATCH_JOBS')).get('latest-job-id')
    expect(stored).toEqual(expect.any(String))
    const job = await direct().batch.jobs.get(String(stored))
    expect(job.metadata).toMatchObject({ source: 'cron', cron: '0 3 * * *' })
    expect(await (await fetch(`${url}/jobs/latest`)).json()).toEqual({ job_id: stored })
  })

  it('serves a browser app (public/) that follows the cron job through the proxy, in Chromium', async () => {
    const { mf, url } = await startWorker({ MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url })
    expect((await (await workerOf(mf)).scheduled({ cron: '0 3 * * *' })).outcome).toBe('ok')
    // public/index.html as is, app.js bundled for the browser; every other path goes to the Worker.
    const app = await bundle(`${exampleDir}public/app.js`, ['browser'])
    const html = readFileSync(`${exampleDir}public/index.html`, 'utf8')
    const site = await startPageServer({ '/': html, '/app.js': app.code }, url)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(site.url)
      const status = page.locator('#status')
      // Polled until the job's final line; on a timeout the assertion shows what the page displays.
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/: SUCCESS 2\/2$/)
    } finally {
      await browser.close()
      await site.close()
    }
  })

  it('without MISTRAL_API_KEY answers from an emulator inside the Worker', async () => {
    const { mf, url } = await startWorker({})
    expect((await (await workerOf(mf)).scheduled({ cron: '0 3 * * *' })).outcome).toBe('ok')
    const { job_id } = (await (await fetch(`${url}/jobs/latest`)).json()) as { job_id: string }
    const job = await createClient({ baseURL: url }).batch.jobs.get(job_id)
    expect([job.id, job.metadata?.source]).toEqual([job_id, 'cron'])
  })
})
