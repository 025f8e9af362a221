import { createContext } from './context'
import { drawFaults, EmulatedReset, type FaultCounts } from './faults'
import { apiError, json, unprocessable } from './http'
import { advance } from './jobs/advance'
import { type EmulatorOptions, type FaultOptions, resolveOptions } from './options'
import { mulberry32 } from './random'
import { type Malformed, match } from './router'
import { fileToWire } from './store/files'
import { jobToWire } from './store/jobs'

/** What tests can observe without going through HTTP. */
export interface EmulatorState {
  /** Jobs that exist (deleted ones excluded); reading `state` brings jobs up to date with the clock. */
  jobs: number
  /** Files that exist, uploads and result files alike. */
  files: number
  /** Files with `source: upload`, i.e. what clients uploaded. */
  uploads: number
  /** Requests received by `fetch`, faulted ones included. */
  requests: number
  /** Faults injected so far. */
  faults: FaultCounts
}

export interface Emulator {
  /** The Web-standard handler: Node (via `serve`), Workers, Deno, browsers, or a client's `fetch` option. */
  fetch(request: Request): Promise<Response>
  /** Counts for assertions, e.g. "exactly 20 jobs and 20 uploads" after a fault run. */
  readonly state: EmulatorState
  /** Every job as the API would return it, clock applied, newest first. */
  jobs(): ReturnType<typeof jobToWire>[]
  /** Every file as the API would return it, newest first. */
  files(): ReturnType<typeof fileToWire>[]
  /** Replaces the fault knobs; the seeded sequence continues where it was. */
  setFaults(faults: FaultOptions): void
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after, content-range, content-length, content-disposition',
}

/** A path id that is not valid percent-encoding cannot be a UUID: FastAPI's 422 for a path parameter. */
const malformedId = ({ param, raw }: Malformed): Response =>
  unprocessable([
    {
      type: 'uuid_parsing',
      loc: ['path', param],
      msg: 'Input should be a valid UUID, the percent-encoding of the path is invalid',
      input: raw,
    },
  ])

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * A local, in-memory Mistral Files + Batch API (contract/files-batch.openapi.yaml) as a fetch handler.
 * It uses no Node API, so it runs unchanged in Node, workerd, Deno and browsers.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const ctx = createContext(resolveOptions(options))
  let faults: FaultOptions = { ...options.faults }
  const random = mulberry32(options.seed ?? Math.floor(Math.random() * 2 ** 32))
  const counts: FaultCounts = {
    delayed: 0,
    errors: 0,
    rateLimits: 0,
    resets: 0,
    resetsAfter: 0,
    truncations: 0,
  }
  let requests = 0

  /** Inspection sees the same lazily-advanced state an HTTP observation would. */
  function advanceAll() {
    const now = ctx.options.now()
    for (const job of ctx.jobs.all()) advance(ctx, job, now)
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'OPTIONS') {
      const allow = {
        'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
        'access-control-allow-headers': '*',
      }
      return new Response(null, { status: 204, headers: allow })
    }
    const found = match(request.method, url.pathname)
    if (found === 404) return json({ detail: 'Not Found' }, 404)
    if (found === 405) return json({ detail: 'Method Not Allowed' }, 405)
    if ('raw' in found) return malformedId(found)
    const draw = drawFaults(faults, random, counts)
    if (draw.delayMs > 0) await sleep(draw.delayMs)
    if (draw.early === 'reset') throw new EmulatedReset('before')
    if (draw.early) return draw.early
    const key = ctx.options.apiKey
    if (key !== undefined && !found.def.public && request.headers.get('authorization') !== `Bearer ${key}`) {
      return apiError(401, 'Unauthorized', 'authentication_error', { code: 'unauthorized' })
    }
    const cutAt = found.def.download ? draw.cutAt : undefined
    let response: Response
    try {
      const args = { ctx, request, url, id: found.id, prefix: found.prefix }
      response = await found.def.route(cutAt ? { ...args, cutAt } : args)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      response = apiError(500, `Emulator error: ${message}`, 'server_error')
    }
    if (draw.resetAfter) {
      await response.body?.cancel()
      throw new EmulatedReset('after')
    }
    return response
  }

  return {
    async fetch(request) {
      requests++
      const response = await handle(request)
      for (const [name, value] of Object.entries(CORS)) response.headers.set(name, value)
      if (request.method !== 'HEAD') return response
      await response.body?.cancel()
      return new Response(null, response)
    },
    get state() {
      advanceAll()
      const files = ctx.files.all()
      return {
        jobs: ctx.jobs.size,
        files: files.length,
        uploads: files.filter((file) => file.source === 'upload').length,
        requests,
        faults: { ...counts },
      }
    },
    jobs() {
      advanceAll()
      return ctx.jobs.all().map(jobToWire).reverse()
    },
    files: () => ctx.files.all().map(fileToWire).reverse(),
    setFaults(next) {
      faults = { ...next }
    },
  }
}
