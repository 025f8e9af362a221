import { createProxy } from '@mistral-batch/core/proxy'
import { createEmulator } from '@mistral-batch/emulator'
import { nodeMiddleware, type WebHandler } from '@mistral-batch/emulator/node'
import { throttleUploads } from './throttle-uploads.ts'

/** Which backend `/v1/*` reaches. */
export type ApiMode = 'emulator' | 'mistral'

export interface ApiBackend {
  mode: ApiMode
  handler: WebHandler
  /** The path prefixes served by `handler`; everything else is Vite's. */
  prefixes: readonly string[]
  /** One line for the terminal, never containing the key. */
  describe: string
  /** The most requests one job may hold here: the page shards a larger input into a group. */
  maxRequestsPerJob: number
}

/** The Connect middleware serving a backend's prefixes (and passing the rest on to Vite). */
export const middlewareFor = (backend: ApiBackend) => nodeMiddleware(backend.handler, backend.prefixes)

/** The environment variables the demo server reads (server-side only: none is `VITE_*`). */
export interface DemoEnv {
  /** Set: proxy to the real API with this key. Unset: the in-process emulator. */
  MISTRAL_API_KEY?: string | undefined
  /** The upstream for the proxy. Defaults to 'https://api.mistral.ai'. */
  MISTRAL_BASE_URL?: string | undefined
  /** Emulator speed, in requests per second per job. Defaults to 4. */
  DEMO_EMULATOR_RPS?: string | undefined
  /** Emulator queue time before RUNNING, in ms. Defaults to 2_000. */
  DEMO_EMULATOR_START_DELAY_MS?: string | undefined
  /** Emulator only: read uploads at this many bytes per second, to watch the upload bar move. Defaults to unthrottled. */
  DEMO_UPLOAD_THROTTLE?: string | undefined
  /** Emulator only: the share of lines that fail (0–1), so "Retry failed requests" has work. Defaults to 0.05. */
  DEMO_FAIL_RATE?: string | undefined
  /** Emulator only: the most requests per job; a larger input becomes a group of jobs. Defaults to 1_000. */
  DEMO_MAX_REQUESTS_PER_JOB?: string | undefined
}

/** The real API's documented limit (contract §9), used in proxy mode. */
const REAL_MAX_REQUESTS_PER_JOB = 100_000

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback
}

/**
 * Picks the backend from the environment. The defaults make a job of a few hundred lines take tens of
 * seconds on the emulator, so its progress, chart and ETA are there to see.
 */
export function createApiBackend(env: DemoEnv): ApiBackend {
  const apiKey = env.MISTRAL_API_KEY?.trim()
  if (apiKey) {
    const upstream = env.MISTRAL_BASE_URL?.trim() || 'https://api.mistral.ai'
    return {
      mode: 'mistral',
      handler: createProxy({ apiKey, upstream }),
      // Signed URLs from the real API point at Mistral's storage, not at this server.
      prefixes: ['/v1/'],
      describe: `Mistral API at ${upstream} (through the server-side proxy; the key stays on the server)`,
      maxRequestsPerJob: REAL_MAX_REQUESTS_PER_JOB,
    }
  }
  const requestsPerSecond = Math.max(0.1, positive(env.DEMO_EMULATOR_RPS, 4))
  const startDelayMs = positive(env.DEMO_EMULATOR_START_DELAY_MS, 2_000)
  const failRate = Math.min(1, positive(env.DEMO_FAIL_RATE, 0.05))
  const maxRequestsPerJob = Math.max(1, Math.floor(positive(env.DEMO_MAX_REQUESTS_PER_JOB, 1_000)))
  const emulator = createEmulator({ requestsPerSecond, startDelayMs, failRate, maxRequestsPerJob })
  const uploadBytesPerSecond = positive(env.DEMO_UPLOAD_THROTTLE, 0)
  const throttled = uploadBytesPerSecond > 0 ? `, uploads read at ${uploadBytesPerSecond} bytes/s` : ''
  return {
    mode: 'emulator',
    handler: throttleUploads((request) => emulator.fetch(request), uploadBytesPerSecond),
    // The emulator signs download URLs as /signed/files/{id} on the origin it was called on: this one.
    prefixes: ['/v1/', '/signed/'],
    describe: `local emulator (${requestsPerSecond} requests/s per job, ${startDelayMs} ms queue delay, ${failRate * 100}% of lines fail, ${maxRequestsPerJob} requests per job${throttled}; set MISTRAL_API_KEY to use the real API)`,
    maxRequestsPerJob,
  }
}
