// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createApiBackend } from './api-handler.ts'
import { throttleUploads } from './throttle-uploads.ts'

const echoLength = async (request: Request) => new Response(String((await request.arrayBuffer()).byteLength))
const post = (bytes: number) =>
  new Request('http://demo.local/v1/files', { method: 'POST', body: new Uint8Array(bytes) })

describe('throttleUploads', () => {
  it('reads a request body at about the given rate, every byte intact', async () => {
    const started = Date.now()
    const response = await throttleUploads(echoLength, 1_000_000)(post(400_000))
    expect(await response.text()).toBe('400000')
    expect(Date.now() - started).toBeGreaterThanOrEqual(350)
  })

  it('passes bodiless requests, and everything when the rate is not positive, straight through', async () => {
    const handler = async () => new Response('ok')
    expect(throttleUploads(handler, 0)).toBe(handler)
    expect(throttleUploads(handler, Number.NaN)).toBe(handler)
    const started = Date.now()
    expect(
      await (await throttleUploads(echoLength, 1)(new Request('http://demo.local/v1/files'))).text(),
    ).toBe('0')
    expect(Date.now() - started).toBeLessThan(200)
  })

  it('is what DEMO_UPLOAD_THROTTLE turns on in the emulator backend', async () => {
    const backend = createApiBackend({ DEMO_UPLOAD_THROTTLE: '1000000' })
    expect(backend.describe).toContain('uploads read at 1000000 bytes/s')
    expect(createApiBackend({}).describe).not.toContain('uploads read')
  })
})
