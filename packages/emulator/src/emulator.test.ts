import { describe, expect, it } from 'vitest'
import { BASE, chatLine, setup } from '../test/helpers'
import { createEmulator } from '.'

describe('auth', () => {
  it('answers 401 in the authentication_error family without a valid key', async () => {
    const { call, emulator } = setup({ apiKey: 'secret' })
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'secret' }]) {
      const { status, json } = await call('GET', '/v1/batch/jobs', undefined, headers)
      expect(status).toBe(401)
      expect(json).toEqual({
        object: 'error',
        message: 'Unauthorized',
        type: 'authentication_error',
        param: null,
        code: 'unauthorized',
      })
    }
    expect((await call('GET', '/v1/batch/jobs', undefined, { authorization: 'Bearer secret' })).status).toBe(
      200,
    )
    expect(emulator.state.requests).toBe(4)
  })

  it('is open when no apiKey is set', async () => {
    const { call } = setup()
    expect((await call('GET', '/v1/files')).status).toBe(200)
  })
})

describe('createEmulator', () => {
  it('gives reproducible ids under a seed, and random UUIDs without one', async () => {
    const ids = async (seed?: number) => {
      const emulator = createEmulator(seed === undefined ? {} : { seed })
      const response = await emulator.fetch(
        new Request(`${BASE}/v1/batch/jobs`, {
          method: 'POST',
          body: JSON.stringify({ endpoint: '/v1/chat/completions', requests: [chatLine('a')] }),
        }),
      )
      return ((await response.json()) as { id: string }).id
    }
    expect(await ids(42)).toBe(await ids(42))
    expect(await ids(42)).not.toBe(await ids(43))
    expect(await ids()).not.toBe(await ids())
  })

  it('reports state and wire objects for assertions', async () => {
    const { call, upload, emulator, clock } = setup()
    await upload('{"custom_id":"a","body":{}}')
    await call('POST', '/v1/batch/jobs', { endpoint: '/v1/chat/completions', requests: [chatLine('a')] })
    clock.advance(5_000)
    expect(emulator.state).toMatchObject({ jobs: 1, files: 2, uploads: 1 })
    expect(emulator.jobs()[0]?.status).toBe('SUCCESS')
    expect(emulator.files().map((f) => f.source)).toEqual(['mistral', 'upload'])
  })

  it('answers CORS preflights and exposes Retry-After and Content-Range', async () => {
    const { emulator } = setup()
    const preflight = await emulator.fetch(new Request(`${BASE}/v1/files`, { method: 'OPTIONS' }))
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const list = await emulator.fetch(new Request(`${BASE}/v1/files`))
    expect(list.headers.get('access-control-expose-headers')).toContain('retry-after')
  })

  it('serves the API under a path prefix, with signed URLs under the same prefix', async () => {
    const { emulator, upload } = setup()
    const { json: file } = await upload('{}')
    const signed = await (await emulator.fetch(new Request(`${BASE}/mistral/v1/files/${file.id}/url`))).json()
    expect(signed.url.startsWith(`${BASE}/mistral/signed/files/`)).toBe(true)
    expect(await (await emulator.fetch(new Request(signed.url))).text()).toBe('{}')
  })

  it('rejects a non-positive requestsPerSecond', () => {
    expect(() => createEmulator({ requestsPerSecond: 0 })).toThrow(RangeError)
  })
})

describe('HEAD', () => {
  it('answers a download HEAD with headers and no body', async () => {
    const { emulator, upload } = setup()
    const { json: file } = await upload('{"a":1}')
    const response = await emulator.fetch(
      new Request(`${BASE}/v1/files/${file.id}/content`, { method: 'HEAD' }),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('7')
    expect(response.body).toBeNull()
  })
})
