import { type BatchRequest, createClient } from '@mistral-batch/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningEmulator, type Seen, startEmulator, type TargetedFault } from './helpers/emulator-server'
import { FAULTS } from './helpers/fault-mix'
import { chatRequests } from './helpers/requests'
import { faultSeed } from './helpers/seed'

let server: RunningEmulator | undefined
afterEach(() => server?.close())

const isUpload = (s: Seen) => s.method === 'POST' && s.path === '/v1/files'
const jsonl = (requests: BatchRequest[]) => requests.map((r) => `${JSON.stringify(r)}\n`).join('')

/** Uploads `text` with progress on; returns the file and every `loaded` reported. */
async function uploadWithProgress(client: ReturnType<typeof createClient>, text: string, timeoutMs?: number) {
  const loaded: number[] = []
  const file = await client.files.upload(new Blob([text]), {
    onProgress: (p) => loaded.push(p.loaded),
    ...(timeoutMs ? { timeoutMs } : {}),
  })
  return { file, loaded }
}

/** Progress moved in steps (the counting stream was used), only grew, and ended at the file's size. */
function expectProgress(loaded: number[], size: number) {
  expect(loaded[0]).toBe(0)
  expect(loaded.at(-1)).toBe(size)
  expect(loaded).toEqual([...new Set(loaded)].sort((a, b) => a - b))
  expect(loaded.length).toBeGreaterThan(3)
}

/** The file the server holds is exactly what was sent: a retried stream was rebuilt whole. */
async function expectStored(client: ReturnType<typeof createClient>, id: string, text: string) {
  expect(await new Response(await client.files.download(id)).text()).toBe(text)
}

const CASES: { fault: TargetedFault; posts: number }[] = [
  { fault: 'reset-after', posts: 1 },
  { fault: 'slow-after', posts: 1 },
  { fault: 'reset-before', posts: 2 },
  { fault: 'hang-then-reset', posts: 2 },
]

describe('files.upload with progress on (a counting request stream), exactly-once', () => {
  // ~220 KB: several 64 KiB slices, so progress is counted in steps and a retry re-sends a real stream.
  const text = jsonl(chatRequests('progress', 2_000))

  it.each(CASES)('makes exactly one file, whole, when $fault', async ({ fault, posts }) => {
    server = await startEmulator()
    server.once(isUpload, fault, 1_500)
    const client = createClient({
      baseURL: server.url,
      retry: { retries: 3, minDelayMs: 10, maxDelayMs: 50 },
    })
    // A per-call header timeout below the 1.5 s stall, so the two timeout faults fire as timeouts.
    const { file, loaded } = await uploadWithProgress(client, text, 600)
    const uploads = server.emulator.files().filter((f) => f.source === 'upload')
    expect(uploads.map((f) => f.id)).toEqual([file.id])
    expect(server.seen.filter(isUpload)).toHaveLength(posts)
    expectProgress(loaded, text.length)
    await expectStored(client, file.id, text)
  })

  it("makes exactly one file per upload under the fault suite's 5xx, 429, resets and latency", async () => {
    // The suite's faults, with dropped connections raised from 1% to 5% each, so some land on 40 uploads.
    const faults = { ...FAULTS, resetRate: 0.05, resetAfterRate: 0.05 }
    server = await startEmulator({ seed: faultSeed(), faults })
    const client = createClient({
      baseURL: server.url,
      retry: { retries: 10, minDelayMs: 10, maxDelayMs: 200 },
    })
    const texts = Array.from({ length: 40 }, (_, i) => jsonl(chatRequests(`flow${i}`, 1_500)))
    const done = await Promise.all(texts.map((t) => uploadWithProgress(client, t)))
    server.emulator.setFaults({})
    const uploads = server.emulator.files().filter((f) => f.source === 'upload')
    expect(uploads).toHaveLength(texts.length)
    expect(uploads.map((f) => f.id).sort()).toEqual(done.map((d) => d.file.id).sort())
    for (const [i, { file, loaded }] of done.entries()) {
      expectProgress(loaded, texts[i]!.length)
      await expectStored(client, file.id, texts[i]!)
    }
    console.info(`uploads with progress under faults: ${JSON.stringify(server.emulator.state.faults)}`)
  }, 60_000)
})
