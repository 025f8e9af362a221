import { afterEach, describe, expect, it, vi } from 'vitest'
import { countingFetch } from './counting-fetch'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A global fetch that reads the body it is given slowly, chunk by chunk, recording what it saw. */
function readingFetch() {
  const seen: { type: string | null; duplex: unknown; text: string }[] = []
  const fetchFn = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const text = await new Response(init?.body as ReadableStream<Uint8Array>).text()
    seen.push({
      type: new Headers(init?.headers).get('content-type'),
      duplex: Reflect.get(init ?? {}, 'duplex'),
      text,
    })
    return new Response('{}')
  })
  vi.stubGlobal('fetch', fetchFn)
  return { fetchFn, seen }
}

const form = (content: string) => {
  const data = new FormData()
  data.append('file', new Blob([content]), 'in.jsonl')
  data.append('purpose', 'batch')
  return data
}

describe('countingFetch', () => {
  it('sends the FormData as its own multipart stream and counts every byte as it is read', async () => {
    const { seen } = readingFetch()
    const counts: number[] = []
    const content = 'x'.repeat(300_000)
    await countingFetch((n) => counts.push(n))('http://h/v1/files', {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: form(content),
    })
    const [sent] = seen
    expect(sent?.duplex).toBe('half')
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(sent?.type ?? '')?.[1]
    expect(sent?.text.startsWith(`--${boundary}\r\n`)).toBe(true)
    expect(sent?.text).toContain(content)
    // 300 KB arrives from the FormData as one chunk; the count must still move in 64 KiB steps.
    expect(counts.length).toBeGreaterThanOrEqual(5)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(counts.at(-1)).toBe(new TextEncoder().encode(sent?.text).byteLength)
  })

  it('joins the many small parts of a JSONL Blob into 64 KiB slices instead of one step per line', async () => {
    const { seen } = readingFetch()
    const counts: number[] = []
    const data = new FormData()
    data.append(
      'file',
      new Blob(Array.from({ length: 10_000 }, (_, i) => `{"custom_id":"${i}"}\n`)),
      'in.jsonl',
    )
    await countingFetch((n) => counts.push(n))('http://h/', { method: 'POST', body: data })
    const total = new TextEncoder().encode(seen[0]?.text).byteLength
    expect(counts.at(-1)).toBe(total)
    expect(counts.length).toBe(Math.ceil(total / 65_536))
  })

  it('builds a fresh stream, with its own boundary, on every call (a retry)', async () => {
    const { seen } = readingFetch()
    const send = countingFetch(() => {})
    await send('http://h/', { method: 'POST', body: form('a') })
    await send('http://h/', { method: 'POST', body: form('a') })
    expect(seen).toHaveLength(2)
    expect(seen[0]?.text).toContain('\r\n\r\na\r\n')
    expect(seen[1]?.text).toContain('\r\n\r\na\r\n')
    expect(seen[0]?.type).not.toBe(seen[1]?.type)
  })

  it('keeps the caller headers and passes a non-FormData body through untouched', async () => {
    const { fetchFn } = readingFetch()
    fetchFn.mockImplementationOnce(async (_input, init) => new Response(String(init?.body)))
    const response = await countingFetch(() => {})('http://h/', { method: 'POST', body: 'plain' })
    expect(await response.text()).toBe('plain')
  })
})
