import { parseArgs } from 'node:util'
import { createEmulator } from '../emulator'
import type { EmulatorOptions } from '../options'
import { type Server, serve } from './serve'

const USAGE = `Usage: mistral-batch-emulator [--port N] [--host H] [--api-key K] [--rps N] [--start-delay-ms N] [--seed N]

A local Mistral-compatible Files + Batch API. Point a client's base URL at the printed URL.
  --port            TCP port, 0 for any free one (default 4010)
  --host            interface to listen on (default 127.0.0.1)
  --api-key         require "Authorization: Bearer <key>" (default: no auth)
  --rps             requests per second a running job completes (default 10)
  --start-delay-ms  time a job stays QUEUED (default 2000)
  --seed            seed for reproducible ids`

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got "${value}"`)
  return parsed
}

/** Runs the CLI with `argv` (without node and script); resolves with the server, or undefined for --help. */
export async function main(
  argv: string[],
  log: (line: string) => void = console.log,
): Promise<Server | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      rps: { type: 'string' },
      'start-delay-ms': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    log(USAGE)
    return undefined
  }
  const options: EmulatorOptions = {}
  if (values['api-key'] !== undefined) options.apiKey = values['api-key']
  const rps = numberOption(values.rps, 'rps')
  if (rps !== undefined) options.requestsPerSecond = rps
  const startDelayMs = numberOption(values['start-delay-ms'], 'start-delay-ms')
  if (startDelayMs !== undefined) options.startDelayMs = startDelayMs
  const seed = numberOption(values.seed, 'seed')
  if (seed !== undefined) options.seed = seed
  const emulator = createEmulator(options)
  const server = await serve(emulator, {
    port: numberOption(values.port, 'port') ?? 4010,
    host: values.host ?? '127.0.0.1',
  })
  log(`Mistral batch emulator listening on ${server.url}`)
  return server
}
