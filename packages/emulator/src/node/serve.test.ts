import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { chatLine, jsonl } from '../../test/helpers'
import { createEmulator, type EmulatorOptions } from '..'
import { type Server, serve } from '.'

let server: Server | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ seed: 9, startDelayMs: 0, requestsPerSecond: 1000, ...options })
  server = await serve(emulator, { port: 0 })
  return { emulator, url: server.url }
}

async function uploadOver(url: string, content: string) {
  const form = new FormData()
  form.append('file', new Blob([content]), 'in.jsonl')
  form.append('purpose', 'batch')
  return (await (await fetch(`${url}/v1/files`, { method: 'POST', body: form })).json()) as {
    id: string
    bytes: number
  }
}

describe('serve', () => {
  it('listens on 127.0.0.1 with a free port and runs a job end to end over HTTP', async () => {
    const { url } = await start()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const file = await uploadOver(url, jsonl([chatLine('a'), chatLine('b')]))
    const job = await (
      await fetch(`${url}/v1/batch/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: '/v1/chat/completions', input_files: [file.id] }),
      })
    ).json()
    let current = job
    for (let i = 0; i < 50 && current.status !== 'SUCCESS'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      current = await (await fetch(`${url}/v1/batch/jobs/${job.id}`)).json()
    }
    expect(current).toMatchObject({ status: 'SUCCESS', succeeded_requests: 2 })
    const output = await (await fetch(`${url}/v1/files/${current.output_file}/content`)).text()
    expect(output.trim().split('\n')).toHaveLength(2)
  })

  it('streams /content with Range: bytes=N- as 206, and signed URLs work without a key', async () => {
    const { url } = await start({ apiKey: 'k' })
    const auth = { authorization: 'Bearer k' }
    const content = 'y'.repeat(300_000)
    const form = new FormData()
    form.append('file', new Blob([content]), 'big.jsonl')
    form.append('purpose', 'batch')
    const file = await (await fetch(`${url}/v1/files`, { method: 'POST', body: form, headers: auth })).json()
    expect((await fetch(`${url}/v1/files/${file.id}/content`)).status).toBe(401)
    const partial = await fetch(`${url}/v1/files/${file.id}/content`, {
      headers: { ...auth, range: 'bytes=100000-' },
    })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe('bytes 100000-299999/300000')
    expect((await partial.text()).length).toBe(200_000)
    const signed = await (await fetch(`${url}/v1/files/${file.id}/url`, { headers: auth })).json()
    expect(signed.url.startsWith(url)).toBe(true)
    expect((await (await fetch(signed.url)).text()).length).toBe(300_000)
  })

  it('takes the options of createEmulator (limits, failRate) and exposes the emulator it made', async () => {
    server = await serve({
      maxRequestsPerJob: 3,
      failRate: 1,
      seed: 4,
      startDelayMs: 0,
      requestsPerSecond: 1000,
    })
    const { url, emulator } = server
    const create = (n: number) =>
      fetch(`${url}/v1/batch/jobs`, {
        method: 'POST',
        body: JSON.stringify({
          endpoint: '/v1/chat/completions',
          requests: Array.from({ length: n }, (_, i) => chatLine(`s${i}`)),
        }),
      })
    expect((await create(4)).status).toBe(400)
    const job = await (await create(3)).json()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const done = await (await fetch(`${url}/v1/batch/jobs/${job.id}`)).json()
    expect(done).toMatchObject({ status: 'FAILED', failed_requests: 3 })
    expect(emulator.state.jobs).toBe(1)
  })

  it('drops the connection on a reset fault', async () => {
    const { url, emulator } = await start({ faults: { resetRate: 1 } })
    await expect(fetch(`${url}/v1/batch/jobs`)).rejects.toThrow(TypeError)
    expect(emulator.state.faults.resets).toBe(1)
  })

  it('loses the response but keeps the job on a reset after the handler', async () => {
    const { url, emulator } = await start({ faults: { resetAfterRate: 1 } })
    const create = fetch(`${url}/v1/batch/jobs`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: '/v1/chat/completions', requests: [chatLine('a')] }),
    })
    await expect(create).rejects.toThrow(TypeError)
    expect(emulator.state.jobs).toBe(1)
  })

  it('cuts a download short on a truncation fault, and a Range request resumes it', async () => {
    const { url, emulator } = await start()
    const content = Array.from({ length: 5_000 }, (_, i) => `line ${i}`).join('\n')
    const file = await uploadOver(url, content)
    emulator.setFaults({ truncateRate: 1 })
    const cut = await fetch(`${url}/v1/files/${file.id}/content`)
    expect(cut.headers.get('content-length')).toBe(String(file.bytes))
    const reader = (cut.body as ReadableStream<Uint8Array>).getReader()
    const received: Uint8Array[] = []
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return undefined
        received.push(value)
      }
    })().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    const got = Buffer.concat(received)
    expect(got.length).toBeLessThan(file.bytes)
    emulator.setFaults({})
    const rest = await fetch(`${url}/v1/files/${file.id}/content`, {
      headers: { range: `bytes=${got.length}-` },
    })
    expect(rest.status).toBe(206)
    expect(Buffer.concat([got, Buffer.from(await rest.arrayBuffer())]).toString()).toBe(content)
  })

  it('streams request bodies (a chunked upload with no Content-Length)', async () => {
    const { url } = await start()
    const boundary = 'xyz'
    const parts = [
      `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.jsonl"\r\nContent-Type: application/octet-stream\r\n\r\n{"a":1}\r\n`,
      `--${boundary}--\r\n`,
    ]
    const body = await new Promise<string>((resolve, reject) => {
      const port = Number(new URL(url).port)
      const req = httpRequest(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/v1/files',
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
          })
          res.on('end', () => resolve(text))
        },
      )
      req.on('error', reject)
      for (const part of parts) req.write(part)
      req.end()
    })
    expect(JSON.parse(body)).toMatchObject({ filename: 'c.jsonl', bytes: 7, purpose: 'batch' })
  })
})
