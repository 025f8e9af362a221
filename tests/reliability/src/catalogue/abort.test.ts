import { createClient } from '@mistral-batch/core'
import { describe, expect, it, vi } from 'vitest'
import { countingFetch, json } from '../helpers/counting-fetch'
import { rejection } from '../helpers/expect-error'
import { liveHandles, settledHandles } from '../helpers/leaks'
import { chatRequests } from '../helpers/requests'

// A caller's abort rejects with the signal's own reason, unwrapped, at any stage, and leaves nothing
// running: the in-flight fetch is aborted, body streams are cancelled, and no timer survives.

/** A response that never comes: the fetch settles only when its signal aborts, as a real one does. */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })
  })
const running = () =>
  json({
    id: 'j1',
    endpoint: '/v1/ocr',
    status: 'RUNNING',
    created_at: 1,
    total_requests: 9,
    completed_requests: 1,
    succeeded_requests: 1,
    failed_requests: 0,
  })

describe('aborting', () => {
  it('during an upload: rejects with the reason and aborts the request in flight', async () => {
    const baseline = liveHandles()
    const { fetch, calls } = countingFetch(hang)
    const client = createClient({ baseURL: 'http://api.test', fetch })
    const controller = new AbortController()
    const upload = client.files.upload(chatRequests('a', 100), { signal: controller.signal })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const reason = new Error('user cancelled the upload')
    controller.abort(reason)
    expect(await rejection(upload)).toBe(reason)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.signal.aborted).toBe(true)
    expect((await settledHandles(baseline)).timers).toBeLessThanOrEqual(baseline.timers)
  })

  it('during wait, between polls: rejects with the reason and clears the poll timer', async () => {
    const baseline = liveHandles()
    // The poll delay is watched by its own handle: a count of live timers alone races with the test
    // runner's own short-lived timers, which come and go between two looks. 45 s, not 60 s: the request's
    // own 60 s headers timer must not be mistaken for it.
    const set = vi.spyOn(globalThis, 'setTimeout')
    const clear = vi.spyOn(globalThis, 'clearTimeout')
    try {
      const { fetch, calls } = countingFetch(running)
      const client = createClient({ baseURL: 'http://api.test', fetch })
      const controller = new AbortController()
      const wait = client.batch.jobs.wait('j1', { signal: controller.signal, intervalMs: 45_000 })
      await vi.waitFor(() => expect(set.mock.calls.some(([, ms]) => ms === 45_000)).toBe(true))
      const index = set.mock.calls.findIndex(([, ms]) => ms === 45_000)
      const pollTimer = set.mock.results[index]?.value
      expect(clear.mock.calls.some(([t]) => t === pollTimer)).toBe(false) // the 45 s delay is pending
      controller.abort('stop')
      expect(await rejection(wait)).toBe('stop')
      expect(calls).toHaveLength(1)
      expect(clear.mock.calls.some(([t]) => t === pollTimer)).toBe(true)
    } finally {
      set.mockRestore()
      clear.mockRestore()
    }
    expect((await settledHandles(baseline)).timers).toBeLessThanOrEqual(baseline.timers)
  })

  it('during batch.run, while waiting: rejects with the reason, no second job, no timer left', async () => {
    const baseline = liveHandles()
    const { fetch, calls } = countingFetch((request) =>
      request.method === 'POST' ? running() : hang(request),
    )
    const client = createClient({ baseURL: 'http://api.test', fetch })
    const controller = new AbortController()
    const run = client.batch.run(chatRequests('r', 3), {
      endpoint: '/v1/chat/completions',
      signal: controller.signal,
    })
    // Aborted once the job exists and its first poll is in flight (run.ts loads on the first run()).
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    const reason = new DOMException('left the page', 'AbortError')
    controller.abort(reason)
    expect(await rejection(run)).toBe(reason)
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET'])
    expect(calls[1]?.signal.aborted).toBe(true)
    expect((await settledHandles(baseline)).timers).toBeLessThanOrEqual(baseline.timers)
  })

  it('during a results stream: rejects with the reason and cancels the download body', async () => {
    let cancelled: unknown = 'not cancelled'
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('{"custom_id":"a","response":{"status_code":200,"body":{}}}\n'),
        )
      },
      cancel(reason) {
        cancelled = reason
      },
    })
    const { fetch } = countingFetch(() => new Response(body))
    const client = createClient({ baseURL: 'http://api.test', fetch })
    const controller = new AbortController()
    const job = {
      id: 'j1',
      endpoint: '/v1/ocr',
      status: 'SUCCESS',
      output_file: 'o',
      created_at: 1,
      total_requests: 2,
      completed_requests: 2,
      succeeded_requests: 2,
      failed_requests: 0,
      input_files: [],
      errors: [],
      object: 'batch',
    }
    const ids: string[] = []
    const read = async () => {
      for await (const r of client.batch.results(job, { signal: controller.signal })) {
        ids.push(r.custom_id)
        controller.abort('enough') // the second line never comes: the reader is parked on the body
      }
    }
    expect(await rejection(read())).toBe('enough')
    expect(ids).toEqual(['a'])
    expect(cancelled).not.toBe('not cancelled')
  })

  it('with a signal already aborted: rejects at once and sends nothing', async () => {
    const { fetch, calls } = countingFetch(running)
    const client = createClient({ baseURL: 'http://api.test', fetch })
    const signal = AbortSignal.abort('too late')
    expect(await rejection(client.batch.jobs.get('j1', { signal }))).toBe('too late')
    expect(await rejection(client.files.upload('{}\n', { signal }))).toBe('too late')
    expect(calls).toHaveLength(0)
  })
})
