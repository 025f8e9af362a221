import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser/chromium'
import { type PageServer, startPageServer } from '../browser/page-server'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import type { RunningEmulator } from '../helpers/emulator'
import { runtimesDir } from '../helpers/paths'
import { startThrottledEmulator } from '../helpers/throttled-emulator'
import { expectMovingProgress, type ProgressRun } from './expect-progress'

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/page.js"></script>'

let server: RunningEmulator
let pages: PageServer
let browser: Browser
beforeAll(async () => {
  server = await startThrottledEmulator()
  // The built core bundled for the browser (Vite's client conditions), plus the shared 20 MB upload.
  const page = await bundle(`${runtimesDir}progress/page.js`, ['browser'])
  expect(usesBuiltCore(page.inputs)).toBe(true)
  pages = await startPageServer({ '/': PAGE, '/page.js': page.code }, server.url)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await pages?.close()
  await server?.close()
})

describe('upload progress in Chromium (built core, XMLHttpRequest upload events)', () => {
  it('reports at least 6 increasing byte counts of a 20 MB upload to a server reading ~2 MB/s', async () => {
    const tab = await browser.newPage()
    await tab.goto(pages.url)
    await tab.waitForFunction(() => document.title === 'ready', undefined, { timeout: 15_000 })
    type Runner = { uploadWithProgress: (o: unknown) => Promise<ProgressRun> }
    // Cross-origin, straight to the throttled server: the Authorization header and the upload listener
    // make it a preflighted CORS request, as in an app calling the API (or a proxy) on another origin.
    const run = await tab.evaluate(
      (options) => (globalThis as unknown as Runner).uploadWithProgress(options),
      { baseURL: server.url, apiKey: 'test-key' },
    )
    expectMovingProgress(
      run,
      await tab.evaluate(() => navigator.userAgent.replace(/.*(HeadlessChrome\/\S+).*/, '$1')),
    )
    await tab.close()
  })
})
