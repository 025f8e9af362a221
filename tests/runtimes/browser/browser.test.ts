import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import { type RunningEmulator, startEmulator } from '../helpers/emulator'
import { expectScenarioPassed, type ScenarioResult } from '../helpers/expect-scenario'
import { runtimesDir } from '../helpers/paths'
import { launchChromium } from './chromium'
import { type PageServer, startPageServer } from './page-server'

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/page.js"></script>'

let emulator: RunningEmulator
let pages: PageServer
let browser: Browser
beforeAll(async () => {
  emulator = await startEmulator()
  // The page's module: the built core bundled for the browser (conditions as Vite's client build).
  const page = await bundle(`${runtimesDir}browser/page.js`, ['browser'])
  expect(usesBuiltCore(page.inputs)).toBe(true)
  pages = await startPageServer({ '/': PAGE, '/page.js': page.code }, emulator.url)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await pages?.close()
  await emulator?.close()
})

/** Loads the page in a fresh tab and runs the scenario there against `baseURL`. */
async function runInPage(baseURL: string) {
  const tab = await browser.newPage()
  const problems: string[] = []
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  tab.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`)
  })
  await tab.goto(pages.url)
  await tab.waitForFunction(() => document.title === 'ready', undefined, { timeout: 15_000 })
  type Runner = { runScenario: (o: unknown) => Promise<ScenarioResult> }
  const result = await tab.evaluate((options) => (globalThis as unknown as Runner).runScenario(options), {
    baseURL,
    apiKey: 'test-key',
  })
  const userAgent = await tab.evaluate(() => navigator.userAgent)
  await tab.close()
  // The scenario's own 404 shows in the console; nothing else may go wrong in the page.
  return { result, userAgent, problems: problems.filter((p) => !p.includes('404')) }
}

describe('Browser (headless Chromium)', () => {
  it('runs the scenario in a page loading the ESM build, same origin as the API', async () => {
    // The page server passes /v1/* through to the emulator: the setup of an app behind a proxy.
    const { result, userAgent, problems } = await runInPage(pages.url)
    expect(userAgent).toContain('HeadlessChrome')
    expectScenarioPassed(result)
    expect(problems).toEqual([])
  })

  it('runs the scenario cross-origin against the emulator server (CORS, Authorization preflight)', async () => {
    const { result, problems } = await runInPage(emulator.url)
    expectScenarioPassed(result)
    expect(problems).toEqual([])
  })
})
