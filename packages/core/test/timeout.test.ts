import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import { isTimeoutError } from '../src/errors'
import { listen } from './helpers/server'

let close: (() => Promise<void>) | undefined
afterEach(() => close?.())

describe('files.download timeout', () => {
  it('does not cut a body that trickles for longer than timeoutMs', async () => {
    const server = await listen((seen, res) => {
      if (!seen.path.endsWith('/content')) return false
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      let n = 0
      const tick = setInterval(() => {
        res.write(`line ${n}\n`)
        if (++n === 16) {
          clearInterval(tick)
          res.end()
        }
      }, 100)
      return true
    })
    close = server.close
    // Headers get a whole second (a loaded CI machine can be slow to answer); the body then trickles for
    // 1.6 s, well past it.
    const client = createClient({ baseURL: server.url, timeoutMs: 1_000, retry: false })
    const started = Date.now()
    const text = await new Response(await client.files.download('f')).text()
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500)
    expect(text.split('\n').filter(Boolean)).toHaveLength(16)
  })

  it('throws TimeoutError when headers do not arrive in time, once per attempt', async () => {
    const server = await listen(() => true) // never answers
    close = server.close
    const client = createClient({ baseURL: server.url, timeoutMs: 80, retry: { retries: 1, minDelayMs: 10 } })
    const error = await client.files.get('f').catch((e: unknown) => e)
    expect(isTimeoutError(error)).toBe(true)
    expect(String(error)).toContain('/v1/files/f')
    expect(server.seen).toHaveLength(2)
  })

  it('lets the caller abort a streaming download, rejecting with the reason', async () => {
    const server = await listen((_seen, res) => {
      res.writeHead(200)
      res.write('first\n')
      return true
    })
    close = server.close
    const controller = new AbortController()
    const stream = await createClient({ baseURL: server.url }).files.download('f', {
      signal: controller.signal,
    })
    const reader = stream.getReader()
    await reader.read()
    controller.abort(new Error('stop'))
    await expect(reader.read()).rejects.toThrow('stop')
  })
})
