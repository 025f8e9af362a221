import { createEmulator } from '@mistral-batch/emulator'
import { type Server, serve } from '@mistral-batch/emulator/node'
import type { Browser } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, startDemo } from './harness'

// An emulator that wants a key stands in for api.mistral.ai, so proxy mode runs with no network.
let upstream: Server
let browser: Browser
const servers: ViteDevServer[] = []

async function demoWithKey(key: string): Promise<string> {
  const saved = { ...process.env }
  process.env.MISTRAL_API_KEY = key
  process.env.MISTRAL_BASE_URL = upstream.url
  try {
    const { server, url } = await startDemo()
    servers.push(server)
    return url
  } finally {
    process.env.MISTRAL_API_KEY = saved.MISTRAL_API_KEY
    process.env.MISTRAL_BASE_URL = saved.MISTRAL_BASE_URL
    if (saved.MISTRAL_API_KEY === undefined) delete process.env.MISTRAL_API_KEY
    if (saved.MISTRAL_BASE_URL === undefined) delete process.env.MISTRAL_BASE_URL
  }
}

beforeAll(async () => {
  upstream = await serve(
    createEmulator({ apiKey: 'sk-the-right-key', startDelayMs: 0, requestsPerSecond: 100 }),
  )
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  for (const server of servers) await server.close()
  await upstream?.close()
})

describe('the demo in proxy mode (MISTRAL_API_KEY set)', () => {
  it('explains a wrong key with a clear 401 panel', async () => {
    const page = await browser.newPage()
    await page.goto(await demoWithKey('sk-a-wrong-key'))
    const alert = page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toContain('The API key was rejected (401)')
    expect(await page.getByText('api.mistral.ai').isVisible()).toBe(true)
    await page.close()
  })

  it('runs a job end to end through the proxy with the right key, which the page never sees', async () => {
    const page = await browser.newPage()
    const sentAuthorization: string[] = []
    page.on('request', (request) => {
      const auth = request.headers().authorization
      if (auth) sentAuthorization.push(auth)
    })
    await page.goto(await demoWithKey('sk-the-right-key'))
    await page.getByLabel('Batch file').setInputFiles({
      name: 'proxy.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from('{"custom_id":"p1","body":{"messages":[{"role":"user","content":"Hi"}]}}\n'),
    })
    await page.getByText('1 request, valid').waitFor()
    await page.getByRole('button', { name: 'Create batch job' }).click()
    const detail = page.getByRole('region', { name: /^Job [0-9a-f]{8}/ })
    await detail.locator('.badge[data-status="SUCCESS"]').waitFor({ timeout: 20_000 })
    await detail.getByRole('table', { name: 'Results' }).getByText('p1', { exact: true }).waitFor()
    expect(sentAuthorization).toEqual([])
    expect(await page.content()).not.toContain('sk-the-right-key')
    await page.close()
  })
})
