import { afterEach, describe, expect, it, vi } from 'vitest'
import { file, json } from '../../test/helpers/fake-fetch'
import { createRequester } from '../http/request'
import { upload } from './upload'

const noList = () => ({ async *[Symbol.asyncIterator]() {} })
const BYTES = 1_000_000

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A global fetch that drains the request body (as a socket would) and records how it came. */
function drainingGlobalFetch() {
  const bodies: unknown[] = []
  vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(init?.body)
    if (init?.body instanceof ReadableStream) await new Response(init.body).arrayBuffer()
    return json(file({ id: `f${bodies.length}`, bytes: BYTES }))
  })
  return bodies
}

describe('files.upload progress', () => {
  it('reports bytes as the body is read when the client uses the global fetch (Node)', async () => {
    const bodies = drainingGlobalFetch()
    const seen: number[] = []
    const request = createRequester({ retry: false })
    await upload(
      request,
      noList,
      'x'.repeat(BYTES),
      { onProgress: (p) => seen.push(p.loaded) },
      true, // usesGlobalFetch
    )
    expect(bodies[0]).toBeInstanceOf(ReadableStream)
    expect(seen[0]).toBe(0)
    expect(seen.at(-1)).toBe(BYTES)
    expect(seen.length).toBeGreaterThan(4)
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b))
  })

  it('goes through the interceptors on the counting path, once per attempt, retries included', async () => {
    let calls = 0
    vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.body instanceof ReadableStream) await new Response(init.body).arrayBuffer()
      // 503 is "not acted on" (contract §10), so the upload is re-sent without a lookup.
      return ++calls === 1 ? json({ message: 'busy' }, 503) : json(file({ bytes: BYTES }))
    })
    const hooks: string[] = []
    const request = createRequester({
      retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 },
      onRequest: ({ options }) => {
        hooks.push(`request ${options.body instanceof ReadableStream ? 'stream' : typeof options.body}`)
        options.headers.set('x-trace', 't1')
      },
      onResponse: ({ response }) => {
        hooks.push(`response ${response.status}`)
      },
    })
    const sent: (string | null)[] = []
    const inner = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('x-trace'))
      return inner(input, init)
    })
    const seen: number[] = []
    await upload(request, noList, 'x'.repeat(BYTES), { onProgress: (p) => seen.push(p.loaded) }, true)
    // ofetch sees the FormData; the counting fetch under it turns it into the counted stream.
    expect(hooks).toEqual(['request object', 'response 503', 'request object', 'response 200'])
    expect(sent).toEqual(['t1', 't1'])
    expect(seen.at(-1)).toBe(BYTES)
  })

  it('keeps a client-supplied fetch, reporting only the start and the end', async () => {
    const bodies: unknown[] = []
    const own = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(init?.body)
      return json(file({ bytes: BYTES }))
    })
    const seen: number[] = []
    const request = createRequester({ fetch: own as typeof fetch, retry: false })
    await upload(
      request,
      noList,
      'x'.repeat(BYTES),
      { onProgress: (p) => seen.push(p.loaded) },
      false, // usesGlobalFetch
    )
    expect(bodies[0]).toBeInstanceOf(FormData)
    expect(seen).toEqual([0, BYTES])
  })

  it('sends the plain FormData when nobody listens for progress', async () => {
    const bodies = drainingGlobalFetch()
    await upload(createRequester({ retry: false }), noList, 'x\n', {}, true)
    expect(bodies[0]).toBeInstanceOf(FormData)
  })
})
