// What every end-to-end file of the demo starts with: the demo's Vite server on a free port, and Debian's
// Chromium. Each file sets its DEMO_* variables before `startDemo`, since the server reads them at start.
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Where screenshots go (git-ignored). */
export const artifacts = fileURLToPath(new URL('../../../test-artifacts/demo/', import.meta.url))

/** The demo (server and API routes included) on 127.0.0.1, port 0; returns the server and its URL. */
export async function startDemo(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root,
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  })
  await server.listen()
  return { server, url: server.resolvedUrls?.local[0] ?? '' }
}

/** Headless Chromium (CHROMIUM_PATH, or Debian's), with the flags TOOLING.md lists for this machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A desktop-sized page that records every console error and uncaught page error, for a final check. */
export async function openPage(browser: Browser): Promise<{ page: Page; consoleErrors: string[] }> {
  const consoleErrors: string[] = []
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
  await mkdir(artifacts, { recursive: true })
  return { page, consoleErrors }
}
