import { type BatchJob, createClient, isConnectionError } from '@mistral-batch/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningEmulator, type Seen, type StartOptions, startEmulator } from './helpers/emulator-server'
import { chatRequests } from './helpers/requests'

let server: RunningEmulator | undefined
afterEach(() => server?.close())

const N = 300
const client = (s: RunningEmulator) =>
  createClient({ baseURL: s.url, retry: { retries: 3, minDelayMs: 5, maxDelayMs: 20 } })

/** A finished job of N chat lines, and its output file's bytes read straight from the emulator. */
async function finishedJob(
  options: StartOptions = {},
): Promise<{ s: RunningEmulator; job: BatchJob; bytes: Uint8Array }> {
  const s = await startEmulator(options)
  server = s
  const c = client(s)
  const created = await c.batch.jobs.create({
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    requests: chatRequests('cut', N),
  })
  const job = await c.batch.jobs.wait(created.id, { intervalMs: 10 })
  const response = await s.emulator.fetch(new Request(`http://x/v1/files/${job.output_file}/content`))
  const bytes = new Uint8Array(await response.arrayBuffer())
  s.seen.length = 0
  return { s, job, bytes }
}

const isContent = (s: Seen) => s.method === 'GET' && s.path.endsWith('/content')
/**
 * The second download asked for `bytes=<offset>-`, where offset ends a line and is at most the end of the
 * last line complete before the cut (a destroyed socket may drop bytes already written, so the client may
 * have received less than `cut`; it resumes after the last line it really got).
 */
function expectResumedAtLineEnd(s: RunningEmulator, bytes: Uint8Array, cut: number) {
  const ranges = s.seen.filter(isContent).map((x) => x.range)
  expect(ranges).toHaveLength(2)
  expect(ranges[0]).toBeNull()
  const offset = Number(/^bytes=(\d+)-$/.exec(ranges[1] ?? '')?.[1])
  expect(offset).toBeGreaterThan(0)
  expect(offset).toBeLessThanOrEqual(bytes.lastIndexOf(10, cut - 1) + 1)
  expect(bytes[offset - 1]).toBe(10)
}
async function ids(job: BatchJob, c: ReturnType<typeof client>): Promise<string[]> {
  const out: string[] = []
  for await (const r of c.batch.results(job)) out.push(r.custom_id)
  return out
}

describe('batch.results over a download cut mid-file', () => {
  it('the emulator honours Range: bytes=N- with 206 and Content-Range', async () => {
    const { s, job, bytes } = await finishedJob()
    const response = await fetch(`${s.url}/v1/files/${job.output_file}/content`, {
      headers: { range: 'bytes=100-' },
    })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 100-${bytes.length - 1}/${bytes.length}`)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes.subarray(100))
  })

  it('resumes with Range after the last complete line and yields each line exactly once', async () => {
    const { s, job, bytes } = await finishedJob()
    const cut = Math.floor(bytes.length * 0.4) // mid-line in a file of ~300 lines
    s.once(isContent, 'cut-body', cut)
    const got = await ids(job, client(s))
    expect(got).toEqual(chatRequests('cut', N).map((r) => r.custom_id))
    expectResumedAtLineEnd(s, bytes, cut)
  })

  it('survives three cuts in one download (MAX_RESUMES), still exactly once', async () => {
    const { s, job, bytes } = await finishedJob()
    const first = Math.floor(bytes.length * 0.2)
    s.once(isContent, 'cut-body', first)
    // Later cuts count bytes of the resumed (206) body, which starts at the resume offset.
    s.once(isContent, 'cut-body', 1_000)
    s.once(isContent, 'cut-body', 5)
    const got = await ids(job, client(s))
    expect(got).toEqual(chatRequests('cut', N).map((r) => r.custom_id))
    expect(s.seen.filter(isContent)).toHaveLength(4)
  })

  it('gives up after MAX_RESUMES (3) resumes with a ConnectionError, never a silently partial file', async () => {
    const { s, job } = await finishedJob()
    for (let i = 0; i < 4; i++) s.once(isContent, 'cut-body', 20_000)
    const seen: string[] = []
    const read = async () => {
      for await (const r of client(s).batch.results(job)) seen.push(r.custom_id)
    }
    const error = await read().then(
      () => undefined,
      (e: unknown) => e,
    )
    // A network failure is a ConnectionError whichever runtime reported it (here undici's "terminated").
    expect(isConnectionError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^download broke 4 times: /)
    expect(new Set(seen).size).toBe(seen.length)
    expect(s.seen.filter(isContent)).toHaveLength(4)
  })
})

describe('batch.results when the server ignores Range (answers 200 with the whole file)', () => {
  it('skips the lines already yielded by count: each line still exactly once, in order', async () => {
    const { s, job, bytes } = await finishedJob({ ignoreRange: true })
    const cut = Math.floor(bytes.length * 0.6)
    s.once(isContent, 'cut-body', cut)
    const got = await ids(job, client(s))
    expect(got).toEqual(chatRequests('cut', N).map((r) => r.custom_id))
    // The client asked for a range; the server sent everything, and the client skipped what it had.
    expectResumedAtLineEnd(s, bytes, cut)
  })
})
