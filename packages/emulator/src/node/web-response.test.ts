// @vitest-environment node
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { sendWebResponse } from './web-response'

let server: Server | undefined
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

const CHUNK = 16 * 1024
const CHUNKS = 600 // ~10 MB: far more than the socket buffers, so the writer waits for many drains

function bigBody(): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent++ === CHUNKS) controller.close()
      else controller.enqueue(new Uint8Array(CHUNK).fill(120))
    },
  })
}

describe('sendWebResponse', () => {
  it('waits for drains on a long download without piling up listeners (no MaxListenersExceededWarning)', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    let drains = 0
    let mostClose = 0
    let mostDrain = 0
    let response: ServerResponse | undefined
    server = createServer((_req, res) => {
      response = res
      res.on('drain', () => {
        drains++
        mostClose = Math.max(mostClose, res.listenerCount('close'))
        mostDrain = Math.max(mostDrain, res.listenerCount('drain'))
      })
      void sendWebResponse(res, new Response(bigBody()))
    })
    const listening = server
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
    const { port } = listening.address() as AddressInfo
    // A slow reader: the socket is paused between small reads, so the server's writes back up.
    const received = await new Promise<number>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n'),
      )
      let bytes = 0
      socket.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        socket.pause()
        setTimeout(() => socket.resume(), 1)
      })
      socket.on('end', () => resolve(bytes))
      socket.on('error', reject)
    })
    process.off('warning', onWarning)
    expect(received).toBeGreaterThan(CHUNK * CHUNKS)
    expect(drains).toBeGreaterThan(20)
    // One 'close' listener of the writer (and Node's own), one per drain wait at most: never one per wait.
    expect(mostClose).toBeLessThanOrEqual(4)
    expect(mostDrain).toBeLessThanOrEqual(2)
    expect(response?.listenerCount('close') ?? 0).toBeLessThanOrEqual(4)
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
  }, 20_000)
})
