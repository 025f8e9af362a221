import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite'
import type { DemoEnv } from './api-handler.ts'
import { type LoadedBackend, loadApiBackend } from './load-backend.ts'

/** Where the browser asks which backend it is talking to, and its job size limit (no key, no upstream URL). */
export const MODE_PATH = '/demo/mode.json'

function mount(middlewares: Connect.Server, backend: LoadedBackend): void {
  middlewares.use(MODE_PATH, (_req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ mode: backend.mode, maxRequestsPerJob: backend.maxRequestsPerJob }))
  })
  middlewares.use(backend.middleware)
}

function announce(server: ViteDevServer | PreviewServer, backend: LoadedBackend): void {
  const print = () => {
    const logger = server.config.logger
    logger.info(`\n  mistral-batch demo · /v1/* → ${backend.describe}`)
    for (const url of server.resolvedUrls?.local ?? []) logger.info(`  ➜ Open ${url}\n`)
  }
  // resolvedUrls is only known once the port is bound (the port may have moved if taken).
  if (server.httpServer?.listening) print()
  else server.httpServer?.once('listening', () => setTimeout(print, 0))
}

/**
 * Mounts the Files and Batch API on `/v1/*` of Vite's own server (dev and preview): the emulator by
 * default, or `createProxy` to the real API when `MISTRAL_API_KEY` is set. One process, one port; the key
 * is read here, on the server, and never by the client bundle (no `VITE_*` variable exists for it).
 */
export function batchApi(env: DemoEnv = process.env): Plugin {
  let backend: Promise<LoadedBackend> | undefined
  const setUp = async (server: ViteDevServer | PreviewServer) => {
    backend ??= loadApiBackend(server.config.root, env)
    const resolved = await backend
    mount(server.middlewares, resolved)
    announce(server, resolved)
  }
  return {
    name: 'mistral-batch-demo-api',
    configureServer: setUp,
    configurePreviewServer: setUp,
  }
}
