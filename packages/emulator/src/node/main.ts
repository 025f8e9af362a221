import { parseArgs } from 'node:util'
import { createEmulator } from '../emulator'
import type { EmulatorOptions } from '../options'
import { type Server, serve } from './serve'

const USAGE = `Usage: mistral-batch-emulator [--port N] [--host H] [--api-key K] [--rps N] [--start-delay-ms N]
       [--seed N] [--max-requests-per-job N] [--max-file-bytes N] [--max-inline-requests N] [--fail-rate R]

A local Mistral-compatible Files + Batch API. Point a client's base URL at the printed URL.
  --port                  TCP port, 0 for any free one (default 4010)
  --host                  interface to listen on (default 127.0.0.1)
  --api-key               require "Authorization: Bearer <key>" (default: no auth)
  --rps                   requests per second a running job completes (default 10)
  --start-delay-ms        time a job stays QUEUED (default 2000)
  --seed                  seed for reproducible ids, faults and failing lines
  --max-requests-per-job  requests one job may hold; more answer 400 (default 100000)
  --max-file-bytes        largest upload in bytes; more answer 413 (default 536870912)
  --max-inline-requests   inline requests one job may carry; more answer 422 (default 10000)
  --fail-rate             share of valid lines that fail, 0 to 1, to exercise retries (default 0)`

/** Flags that map one to one onto a numeric option of createEmulator. */
const NUMERIC_FLAGS = {
  rps: 'requestsPerSecond',
  'start-delay-ms': 'startDelayMs',
  seed: 'seed',
  'max-requests-per-job': 'maxRequestsPerJob',
  'max-file-bytes': 'maxFileBytes',
  'max-inline-requests': 'maxInlineRequests',
  'fail-rate': 'failRate',
} as const satisfies Record<string, keyof EmulatorOptions>

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
      ...Object.fromEntries(Object.keys(NUMERIC_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    log(USAGE)
    return undefined
  }
  const options: EmulatorOptions = {}
  if (values['api-key'] !== undefined) options.apiKey = values['api-key']
  for (const [flag, option] of Object.entries(NUMERIC_FLAGS)) {
    const value = numberOption((values as Record<string, string | undefined>)[flag], flag)
    if (value !== undefined) options[option] = value
  }
  const emulator = createEmulator(options)
  const server = await serve(emulator, {
    port: numberOption(values.port, 'port') ?? 4010,
    host: values.host ?? '127.0.0.1',
  })
  log(`Mistral batch emulator listening on ${server.url}`)
  return server
}
