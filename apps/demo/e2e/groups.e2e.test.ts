import type { Browser, Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, launchChromium, openPage, startDemo } from './harness'

let server: ViteDevServer
let browser: Browser
let page: Page
let consoleErrors: string[] = []

const group = () => page.getByRole('region', { name: /^Group / })
const detail = () => page.getByRole('region', { name: /^Job [0-9a-f]{8}/ })

async function writePrompts(n: number) {
  await page
    .getByLabel('Prompts, one per row')
    .fill(Array.from({ length: n }, (_, i) => `Prompt ${i + 1}`).join('\n'))
  await page.getByText(`${n} requests, valid`).waitFor()
  await page.getByRole('button', { name: 'Create batch job' }).click()
}

beforeAll(async () => {
  // A tiny per-job limit, so 25 prompts make a group of three jobs, and a fail rate high enough that an
  // 8-line job has failures to retry.
  process.env.DEMO_EMULATOR_RPS = '50'
  process.env.DEMO_EMULATOR_START_DELAY_MS = '200'
  process.env.DEMO_MAX_REQUESTS_PER_JOB = '10'
  process.env.DEMO_FAIL_RATE = '0.4'
  delete process.env.DEMO_UPLOAD_THROTTLE
  delete process.env.MISTRAL_API_KEY
  const demo = await startDemo()
  server = demo.server
  browser = await launchChromium()
  ;({ page, consoleErrors } = await openPage(browser))
  await page.goto(demo.url)
  await page.locator('label', { hasText: 'Write requests' }).click()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('groups and retries in Chromium, on an emulator with a 10-request job limit', () => {
  it('sends 25 prompts as a group of three jobs, with one progress bar and one results view', async () => {
    await writePrompts(25)
    await expect
      .poll(() => group().getByRole('list', { name: 'Jobs of the group' }).getByRole('listitem').count(), {
        timeout: 15_000,
      })
      .toBe(3)
    const bar = group().getByRole('progressbar', { name: /^Progress of group / })
    await expect
      .poll(() => bar.getAttribute('aria-valuetext'), { timeout: 30_000 })
      .toBe('25 of 25 requests (100%)')
    const table = group().getByRole('table', { name: 'Group results' })
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(26)
    const ids = await table.getByRole('rowheader').allTextContents()
    expect(new Set(ids).size).toBe(25)
    await page.screenshot({ path: `${artifacts}group.png`, fullPage: true })
    await group().getByRole('button', { name: 'Close group' }).click()
  })

  it('retries the failed requests of a job, and a second click gives the same retry job', async () => {
    await writePrompts(8)
    await detail().locator('.badge[data-status="SUCCESS"]').waitFor({ timeout: 30_000 })
    const failed = Number(await detail().locator('.counter dt:text-is("Failed") + dd').textContent())
    expect(failed).toBeGreaterThan(0)
    const retry = detail().getByRole('button', { name: 'Retry failed requests' })
    await retry.click()
    const made = detail().getByRole('status')
    await made.waitFor()
    const first = await made.getAttribute('data-retry-id')
    await retry.click()
    await made.getByText(/the same job on all 2 clicks/).waitFor()
    expect(await made.getAttribute('data-retry-id')).toBe(first)
    await detail().getByRole('button', { name: 'Open retry job' }).click()
    await expect.poll(() => detail().getAttribute('data-job-id')).toBe(first)
    const total = Number(await detail().locator('.counter dt:text-is("Total") + dd').textContent())
    expect(total).toBe(failed)
    await page.screenshot({ path: `${artifacts}retry.png`, fullPage: true })
  })

  it('logged no console errors along the way', () => {
    expect(consoleErrors).toEqual([])
  })
})
