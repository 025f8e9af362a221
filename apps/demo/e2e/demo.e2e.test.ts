import type { Browser, Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, launchChromium, openPage, startDemo } from './harness'

let server: ViteDevServer
let browser: Browser
let page: Page
let base = ''
let consoleErrors: string[] = []

function jsonl(n: number, prefix: string): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      custom_id: `${prefix}-${i + 1}`,
      body: { messages: [{ role: 'user', content: `Question ${i + 1}?` }] },
    }),
  ).join('\n')
}

const detail = () => page.getByRole('region', { name: /^Job [0-9a-f]{8}/ })

beforeAll(async () => {
  // A fast emulator so the suite takes seconds, yet slow enough to cancel a long job mid-run.
  process.env.DEMO_EMULATOR_RPS = '10'
  process.env.DEMO_EMULATOR_START_DELAY_MS = '300'
  // Uploads read at ~2 MB/s, so the upload bar of a 10 MB file has seconds to move (small files: ms).
  process.env.DEMO_UPLOAD_THROTTLE = '2000000'
  // Every line succeeds and the 19,000-line file stays one job; groups.e2e.test.ts covers failures and groups.
  process.env.DEMO_FAIL_RATE = '0'
  process.env.DEMO_MAX_REQUESTS_PER_JOB = '100000'
  delete process.env.MISTRAL_API_KEY
  ;({ server, url: base } = await startDemo())
  browser = await launchChromium()
  ;({ page, consoleErrors } = await openPage(browser))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the demo in Chromium, on the emulator', () => {
  it('starts empty, on the local emulator', async () => {
    await page.goto(base)
    await expect.poll(() => page.getByText('No batch jobs yet').isVisible()).toBe(true)
    expect(await page.getByText('Local emulator').isVisible()).toBe(true)
  })

  it('uploads a small JSONL and watches the job reach SUCCESS', async () => {
    await page.getByLabel('Batch file').setInputFiles({
      name: 'e2e-small.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(jsonl(8, 'small')),
    })
    await page.getByText('8 requests, valid').waitFor()
    await page.getByRole('combobox', { name: 'Model' }).fill('mistral-small-latest')
    await page.getByRole('button', { name: 'Create batch job' }).click()
    await detail().locator('.badge[data-status="SUCCESS"]').waitFor({ timeout: 30_000 })
    expect(await detail().getByText('Succeeded', { exact: true }).first().isVisible()).toBe(true)
  })

  it('opens its results: a row per request, the JSON on demand, and a working download link', async () => {
    const results = detail().getByRole('table', { name: 'Results' })
    await expect.poll(() => results.getByRole('row').count(), { timeout: 10_000 }).toBe(9)
    await results.getByText('small-1', { exact: true }).waitFor()
    await results.locator('summary').first().click()
    expect(await results.locator('details[open] pre').textContent()).toContain('"custom_id": "small-1"')
    const link = detail().getByRole('link', { name: 'Download results' })
    const href = (await link.getAttribute('href')) ?? ''
    const download = await page.request.get(href)
    expect(download.status()).toBe(200)
    expect((await download.text()).trim().split('\n')).toHaveLength(8)
    await page.screenshot({ path: `${artifacts}finished-job.png`, fullPage: true })
  })

  it('cancels another job mid-run from its row in the jobs table', async () => {
    await page.locator('label', { hasText: 'Write requests' }).click()
    const prompts = Array.from({ length: 400 }, (_, i) => `Prompt number ${i + 1}`).join('\n')
    await page.getByLabel('Prompts, one per row').fill(prompts)
    await page.getByText('400 requests, valid').waitFor()
    await page.getByRole('button', { name: 'Create batch job' }).click()
    await detail().locator('.badge[data-status="RUNNING"]').waitFor({ timeout: 15_000 })
    const id = (await detail().getAttribute('data-job-id')) ?? ''
    const row = page.locator(`tr[data-job-id="${id}"]`)
    await row.locator('.badge[data-status="RUNNING"]').waitFor()
    await row.getByRole('button', { name: 'Cancel job' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, cancel it' }).click()
    await row.locator('.badge[data-status="CANCELLED"]').waitFor({ timeout: 15_000 })
    const done = Number(await detail().locator('.counter dt:text-is("Completed") + dd').textContent())
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(400)
    await page.screenshot({ path: `${artifacts}jobs-table.png`, fullPage: true })
  })

  it('remembers both jobs across a reload and keeps watching them', async () => {
    await page.reload()
    const watched = page.getByRole('region', { name: 'Created in this browser' })
    await expect.poll(() => watched.getByRole('listitem').count()).toBe(2)
    await watched.locator('.badge[data-status="SUCCESS"]').waitFor()
    await watched.locator('.badge[data-status="CANCELLED"]').waitFor()
  })

  it('works with the keyboard: open a job, ask to delete it, back out with Escape', async () => {
    await page.locator('.job-row__link').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-title')
    const del = detail().getByRole('button', { name: 'Delete job' })
    await del.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete job')
  })

  it('moves the upload bar past 50 % while a 20 MB file is still uploading', async () => {
    const line = (i: number) =>
      JSON.stringify({
        custom_id: `big-${i}`,
        body: { messages: [{ role: 'user', content: 'x'.repeat(1_000) }] },
      })
    const text = Array.from({ length: 19_000 }, (_, i) => line(i)).join('\n')
    await page.locator('label', { hasText: 'Upload a file' }).click()
    await page.getByLabel('Batch file').setInputFiles({
      name: 'e2e-big.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(text),
    })
    await page.getByText(/19,?000 requests, valid/).waitFor({ timeout: 30_000 })
    // Every animation frame, what the bar says (it becomes 1 of 1 once the job is being created).
    await page.evaluate(() => {
      const samples: [number, number][] = []
      Object.assign(globalThis, { uploadSamples: samples })
      const sample = () => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Upload progress"]')
        const now = Number(bar?.getAttribute('aria-valuenow'))
        const max = Number(bar?.getAttribute('aria-valuemax'))
        if (bar && max > 0) samples.push([now, max])
        requestAnimationFrame(sample)
      }
      sample()
    })
    await page.getByRole('button', { name: 'Create batch job' }).click()
    // The bar shows while uploading and creating, and goes when the job exists.
    const bar = page.getByRole('progressbar', { name: 'Upload progress' })
    await bar.waitFor()
    await bar.waitFor({ state: 'detached', timeout: 30_000 })
    const samples = await page.evaluate(
      () => (globalThis as unknown as { uploadSamples: [number, number][] }).uploadSamples,
    )
    const size = Buffer.byteLength(text)
    const uploading = samples.filter(([, max]) => max === size)
    const fractions = [...new Set(uploading.map(([now]) => now / size))]
    console.info(
      `upload bar: ${fractions.length} distinct values, ${fractions.map((f) => f.toFixed(2)).join(' ')}`,
    )
    // Past half while the bar still counted bytes below the total: the upload had not finished.
    expect(fractions.some((f) => f > 0.5 && f < 1)).toBe(true)
    expect(fractions.filter((f) => f > 0 && f < 1).length).toBeGreaterThanOrEqual(3)
  })

  it('logged no console errors along the way', () => {
    expect(consoleErrors).toEqual([])
  })
})
