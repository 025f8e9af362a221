import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Emulator, EmulatorOptions } from '@mistral-batch/emulator'
import { Miniflare } from 'miniflare'
import { expect } from 'vitest'
import { assertBuilt } from '../helpers/built'
import { bundle, usesBuiltCore } from '../helpers/bundle'
import { FAST_EMULATOR } from '../helpers/emulator'
import { repoRoot } from '../helpers/paths'
import { waitForInstance, workflowOf } from '../helpers/workflows'

export const exampleDir = `${repoRoot}examples/cloudflare-workflow/`
const wrangler = readFileSync(`${exampleDir}wrangler.toml`, 'utf8')
/**
 * One `key = "value"` of wrangler.toml's `[[table]]` (or of its top when `table` is ''), so the test runs
 * the Worker as configured there.
 */
export function toml(table: string, key: string): string {
  const tables = wrangler.split(/^\[+/m)
  const body = (table === '' ? tables[0] : tables.find((t) => t.startsWith(`${table}]`))) ?? ''
  const value = body.match(new RegExp(`^${key} = "([^"]+)"`, 'm'))?.[1]
  if (value === undefined) throw new Error(`wrangler.toml has no ${table}.${key}`)
  return value
}
const WORKFLOW = toml('workflows', 'binding')
const BUCKET = toml('r2_buckets', 'binding')

/** What `wrangler deploy` does: bundle src/index.ts with the Workers conditions (no nodejs_compat). */
export async function buildExample(): Promise<string> {
  const built = await bundle(`${exampleDir}src/index.ts`, ['workerd', 'worker', 'browser'])
  expect(usesBuiltCore(built.inputs)).toBe(true)
  expect(built.inputs.some((p) => p.endsWith('packages/core/dist/workflows.js'))).toBe(true)
  expect(wrangler).not.toMatch(/^compatibility_flags/m)
  return built.code
}

/** The emulator's real server on 127.0.0.1:0, with a log of every request's method and path. */
export async function startLoggedEmulator(options: EmulatorOptions = {}) {
  assertBuilt()
  const { createEmulator } = await import('@mistral-batch/emulator')
  const { serve } = await import('@mistral-batch/emulator/node')
  const emulator: Emulator = createEmulator({ ...FAST_EMULATOR, ...options })
  const log: string[] = []
  const logged = Object.create(emulator, {
    fetch: {
      value: (request: Request) => {
        log.push(`${request.method} ${new URL(request.url).pathname}`)
        return emulator.fetch(request)
      },
    },
  }) as Emulator
  const server = await serve(logged, { port: 0, host: '127.0.0.1' })
  return { emulator, log, url: String(server.url).replace(/\/$/, ''), close: () => server.close() }
}

/** A folder for one Worker's persisted state (Workflows and R2), kept across restarts. */
export function stateDir() {
  const path = mkdtempSync(`${tmpdir()}/workflow-example-`)
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** The example Worker in workerd, its Workflow and R2 bucket persisted under `state`. */
export function startWorker(script: string, state: string, bindings: Record<string, string>) {
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: toml('', 'compatibility_date'),
    workflows: {
      [WORKFLOW]: { name: toml('workflows', 'name'), className: toml('workflows', 'class_name') },
    },
    workflowsPersist: `${state}/workflows`,
    r2Buckets: [BUCKET],
    r2Persist: `${state}/r2`,
    bindings,
    // No fetch of workers.cloudflare.com/cf.json: loopback only.
    cf: false,
  })
  const call = async (method: string, path: string, body?: unknown) => {
    const init = body === undefined ? { method } : { method, body: JSON.stringify(body) }
    const response = await mf.dispatchFetch(`http://worker${path}`, init)
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const bucket = async () => (await mf.getR2Bucket(BUCKET)) as unknown as Bucket
  const workflow = () => workflowOf(mf, WORKFLOW)
  return { mf, call, bucket, workflow }
}

// Miniflare types its R2 bucket with @cloudflare/workers-types, not installed here: the calls used, by hand.
export interface Bucket {
  put(key: string, value: string): Promise<unknown>
  get(key: string): Promise<{ text(): Promise<string> } | null>
  list(options: { prefix: string }): Promise<{ objects: { key: string }[] }>
}

/** `count` embedding requests `r000`, `r001`, … as JSONL. */
export function requestsJsonl(count: number): { text: string; ids: string[] } {
  const ids = Array.from({ length: count }, (_, i) => `r${String(i).padStart(3, '0')}`)
  const text = ids
    .map((id) => `${JSON.stringify({ custom_id: id, body: { input: [`text ${id}`] } })}\n`)
    .join('')
  return { text, ids }
}

/** Every result line the pipeline wrote to R2 for the group, and its summary object. */
export async function readResults(bucket: Bucket, group_id: string) {
  const listed = await bucket.list({ prefix: `results/${group_id}/` })
  const lines: { custom_id: string; ok: boolean }[] = []
  let summary: unknown
  for (const { key } of listed.objects) {
    const text = (await (await bucket.get(key))?.text()) ?? ''
    if (key.endsWith('summary.json')) summary = JSON.parse(text)
    else for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line))
  }
  return { keys: listed.objects.map((o) => o.key), lines, summary }
}

/** Waits for the pipeline instance to be complete (or fail the test with its last status). */
export async function completed(worker: ReturnType<typeof startWorker>, id: string, timeoutMs = 60_000) {
  return waitForInstance(
    await worker.workflow(),
    id,
    (s) => s.status !== 'running' && s.status !== 'queued',
    timeoutMs,
  )
}
