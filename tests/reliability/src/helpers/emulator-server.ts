import { createEmulator, EmulatedReset, type Emulator, type EmulatorOptions } from '@mistral-batch/emulator'
import { serve } from '@mistral-batch/emulator/node'

/** What reached the emulator's handler: enough to count requests and to check headers per route. */
export interface Seen {
  method: string
  path: string
  search: string
  authorization: string | null
  range: string | null
}

/**
 * A one-shot fault aimed at one request (the emulator's own knobs are random per request, any route):
 * - `reset-before`: the socket is destroyed and the handler never runs (the request "never arrived");
 * - `reset-after`: the handler runs (the object IS made), then the socket is destroyed;
 * - `hang-then-reset`: no answer for `ms`, then dropped unhandled (a timeout; nothing made);
 * - `slow-after`: the handler runs at once, the response leaves only after `ms` (a timeout; object made);
 * - `cut-body`: the response body stops after `n` bytes and the socket is destroyed (a broken download).
 */
export type TargetedFault = 'reset-before' | 'reset-after' | 'hang-then-reset' | 'slow-after' | 'cut-body'

/** Options of startEmulator, over the emulator's own. */
export interface StartOptions extends EmulatorOptions {
  /** Strip `Range` before the emulator sees it, as a server that ignores Range would. Defaults to false. */
  ignoreRange?: boolean
}

export interface RunningEmulator {
  emulator: Emulator
  url: string
  /** Every request the real server handed to the emulator, faulted ones included, in arrival order. */
  seen: Seen[]
  /** Applies `fault` to the next request that `match`es; `n` is the delay in ms, or the bytes before a cut. */
  once(match: (seen: Seen) => boolean, fault: TargetedFault, n?: number): void
  close(): Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The emulator behind a real node:http server on 127.0.0.1, port 0. A recording wrapper sits between the
 * server and the handler, so tests can count what actually arrived over the wire and aim a fault at one
 * route. A thrown EmulatedReset makes serve() destroy the socket, as the emulator's own reset knobs do.
 */
export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const { ignoreRange, ...emulatorOptions } = options
  const emulator = createEmulator({ requestsPerSecond: 10_000, startDelayMs: 0, ...emulatorOptions })
  const seen: Seen[] = []
  const pending: { match: (seen: Seen) => boolean; fault: TargetedFault; ms: number }[] = []
  const recording: Emulator = {
    async fetch(incoming) {
      const url = new URL(incoming.url)
      const item: Seen = {
        method: incoming.method,
        path: url.pathname,
        search: url.search,
        authorization: incoming.headers.get('authorization'),
        range: incoming.headers.get('range'),
      }
      seen.push(item)
      let request = incoming
      if (ignoreRange && item.range !== null) {
        const headers = new Headers(incoming.headers)
        headers.delete('range')
        request = new Request(incoming, { headers })
      }
      const index = pending.findIndex((p) => p.match(item))
      if (index === -1) return emulator.fetch(request)
      const { fault, ms } = pending.splice(index, 1)[0]!
      if (fault === 'reset-before') throw new EmulatedReset('before')
      if (fault === 'hang-then-reset') {
        await sleep(ms)
        throw new EmulatedReset('before')
      }
      const response = await emulator.fetch(request)
      if (fault === 'slow-after') {
        await sleep(ms)
        return response
      }
      if (fault === 'cut-body') return cutAfter(response, ms)
      await response.body?.cancel()
      throw new EmulatedReset('after')
    },
    get state() {
      return emulator.state
    },
    jobs: () => emulator.jobs(),
    files: () => emulator.files(),
    setFaults: (faults) => emulator.setFaults(faults),
  }
  const server = await serve(recording, { port: 0, host: '127.0.0.1' })
  return {
    emulator,
    url: server.url,
    seen,
    once: (match, fault, n = 0) => pending.push({ match, fault, ms: n }),
    close: server.close,
  }
}

/** The same response whose body errors after `bytes` bytes; serve() then destroys the socket mid-body. */
function cutAfter(response: Response, bytes: number): Response {
  const reader = response.body!.getReader()
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) return controller.close()
      if (sent + value.length < bytes) {
        sent += value.length
        return controller.enqueue(value)
      }
      controller.enqueue(value.subarray(0, bytes - sent))
      controller.error(new Error('emulated cut mid-body'))
      await reader.cancel()
    },
  })
  return new Response(body, { status: response.status, headers: response.headers })
}
