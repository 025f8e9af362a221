import { createClient, type MistralBatchClient } from '@mistral-batch/core'
import { createEmulator } from '@mistral-batch/emulator'
import { type Server, serve } from '@mistral-batch/emulator/node'
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWith } from '../test/render'
import { type UseBatchResultsResult, useBatchResults } from './useBatchResults'

// Real timers and a real socket: the emulator's own server on port 0, its job clock driven by hand.
let clock = 0
/**
 * Download bodies this test's server is still sending: opened, and neither finished nor cancelled. One
 * counter per server, so a body of an earlier test that ends late never counts in a later one.
 */
let open = { bodies: 0 }
let server: Server | undefined
let paths: string[] = []
let latest: UseBatchResultsResult | undefined

afterEach(async () => {
  cleanup()
  await server?.close()
  server = undefined
})

/**
 * Sends a download 4 KB every 5 ms, as a large file over a real network arrives: happy-dom's fetch reads
 * a body as fast as it comes, so on loopback a file would be whole before the first page even shows.
 */
function trickle(response: Response, counter: { bodies: number }): Response {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  let pending: Uint8Array = new Uint8Array(0)
  let sending = true
  const end = () => {
    if (sending) counter.bodies -= 1
    sending = false
  }
  counter.bodies += 1
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      if (pending.length === 0) {
        const next = await reader.read()
        if (next.done) {
          end()
          controller.close()
          return
        }
        pending = next.value
      }
      controller.enqueue(pending.subarray(0, 4096))
      pending = pending.subarray(4096)
    },
    cancel(reason) {
      end()
      return reader.cancel(reason)
    },
  })
  return new Response(body, { status: response.status, headers: response.headers })
}

async function backend(): Promise<MistralBatchClient> {
  clock = 1_000_000
  paths = []
  const counter = { bodies: 0 }
  open = counter
  const emulator = createEmulator({ startDelayMs: 0, requestsPerSecond: 10, now: () => clock })
  server = await serve({
    ...emulator,
    fetch: async (request: Request) => {
      // happy-dom's fetch sends CORS preflights, as a browser would: count only the real requests.
      if (request.method !== 'OPTIONS') paths.push(new URL(request.url).pathname)
      const response = await emulator.fetch(request)
      return request.url.endsWith('/content') && response.body ? trickle(response, counter) : response
    },
  })
  return createClient({ baseURL: server.url, retry: false })
}

/** A chat job of `n` lines, RUNNING on the emulator's clock until `finish()`. */
async function startJob(client: MistralBatchClient, n: number, words = 1) {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      custom_id: `r${i + 1}`,
      body: { messages: [{ role: 'user', content: 'hi '.repeat(words) }] },
    }),
  )
  const file = await client.files.upload(lines.join('\n'))
  const job = await client.batch.jobs.create({
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    input_files: [file.id],
  })
  paths = []
  return { job, finish: () => (clock += n * 1_000) }
}

function Results(props: { id: string | null; pageSize?: number }) {
  latest = useBatchResults(props.id, props.pageSize === undefined ? {} : { pageSize: props.pageSize })
  return <p data-testid="out">{`${latest.status} ${latest.rows.map((r) => r.custom_id).join(',')}`}</p>
}

const out = () => screen.getByTestId('out').textContent
const downloads = () => paths.filter((p) => p.endsWith('/content')).length
// Every TCP socket in this process (the server's side and the client's): loopback only, nothing else open.
const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length

describe('useBatchResults', () => {
  it('reads one page at a time from one download, then stops at the end', async () => {
    const client = await backend()
    const { job, finish } = await startJob(client, 7)
    finish()
    renderWith(client, <Results id={job.id} pageSize={3} />)
    await waitFor(() => expect(out()).toBe('more r1,r2,r3'))
    act(() => latest?.loadMore())
    await waitFor(() => expect(out()).toBe('more r1,r2,r3,r4,r5,r6'))
    act(() => latest?.loadMore())
    await waitFor(() => expect(out()).toBe('done r1,r2,r3,r4,r5,r6,r7'))
    expect(downloads()).toBe(1)
  })

  it('sends no download request until the job is terminal', async () => {
    const client = await backend()
    const { job, finish } = await startJob(client, 4)
    renderWith(client, <Results id={job.id} />)
    await waitFor(() => expect(out()).toBe('waiting '))
    for (let i = 0; i < 3; i++) await act(() => client.batch.jobs.observe(job.id).refetch())
    expect(out()).toBe('waiting ')
    expect(paths.filter((p) => p.endsWith(job.id)).length).toBeGreaterThanOrEqual(3)
    expect(downloads()).toBe(0)
    finish()
    await act(() => client.batch.jobs.observe(job.id).refetch())
    await waitFor(() => expect(out()).toBe('done r1,r2,r3,r4'))
    expect(downloads()).toBe(1)
  })

  it('aborts the download on unmount and leaves no socket open', async () => {
    const client = await backend()
    // ~1 MB of output: far more than the socket buffers, so the paused download holds its socket open.
    const { job, finish } = await startJob(client, 2_000, 60)
    finish()
    const view = renderWith(client, <Results id={job.id} pageSize={5} />)
    await waitFor(() => expect(out()).toBe('more r1,r2,r3,r4,r5'))
    expect(sockets()).toBeGreaterThan(0)
    expect(open.bodies).toBe(1)
    view.unmount()
    await waitFor(() => expect(sockets()).toBe(0))
    expect(open.bodies).toBe(0)
    expect(downloads()).toBe(1)
  })

  it('aborts the old download and starts over when the id changes', async () => {
    const client = await backend()
    const big = await startJob(client, 2_000, 60)
    const small = await startJob(client, 2)
    big.finish()
    small.finish()
    const view = renderWith(client, <Results id={big.job.id} pageSize={5} />)
    await waitFor(() => expect(out()).toBe('more r1,r2,r3,r4,r5'))
    view.rerender(<Results id={small.job.id} pageSize={5} />)
    await waitFor(() => expect(out()).toBe('done r1,r2'))
    await waitFor(() => expect(sockets()).toBe(0))
    expect(open.bodies).toBe(0)
    expect(downloads()).toBe(2)
  })

  it('under StrictMode opens one download and shows each row once', async () => {
    const client = await backend()
    const { job, finish } = await startJob(client, 3)
    finish()
    renderWith(client, <Results id={job.id} />, { strict: true })
    await waitFor(() => expect(out()).toBe('done r1,r2,r3'))
    expect(downloads()).toBe(1)
  })

  it('reset() forgets the rows and reads the first page again', async () => {
    const client = await backend()
    const { job, finish } = await startJob(client, 4)
    finish()
    renderWith(client, <Results id={job.id} pageSize={2} />)
    await waitFor(() => expect(out()).toBe('more r1,r2'))
    act(() => latest?.loadMore())
    await waitFor(() => expect(out()).toBe('more r1,r2,r3,r4'))
    act(() => latest?.reset())
    await waitFor(() => expect(out()).toBe('more r1,r2'))
    expect(downloads()).toBe(2)
  })

  it('is idle with no id, and while disabled', async () => {
    const client = await backend()
    renderWith(client, <Results id={null} />)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(out()).toBe('idle ')
    expect(paths).toEqual([])
  })
})
