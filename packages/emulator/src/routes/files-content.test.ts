import { describe, expect, it } from 'vitest'
import { BASE, chatLine, jsonl, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const INPUT = jsonl([chatLine('a'), chatLine('b')])

describe('GET /v1/files/{id}/content', () => {
  it('streams the bytes as octet-stream', async () => {
    const { upload, call } = setup()
    const { json: file } = await upload(INPUT)
    const { status, text, headers } = await call('GET', `/v1/files/${file.id}/content`)
    expect(status).toBe(200)
    expect(text).toBe(INPUT)
    expect(headers.get('content-type')).toBe('application/octet-stream')
    expect(headers.get('content-length')).toBe(String(file.bytes))
  })

  it('honours Range: bytes=N- with 206 and Content-Range, and 416 past the end', async () => {
    const { upload, call } = setup()
    const { json: file } = await upload(INPUT)
    const partial = await call('GET', `/v1/files/${file.id}/content`, undefined, { range: 'bytes=10-' })
    expect(partial.status).toBe(206)
    expect(partial.text).toBe(INPUT.slice(10))
    expect(partial.headers.get('content-range')).toBe(`bytes 10-${file.bytes - 1}/${file.bytes}`)
    const closed = await call('GET', `/v1/files/${file.id}/content`, undefined, { range: 'bytes=2-5' })
    expect(closed.text).toBe(INPUT.slice(2, 6))
    const beyond = await call('GET', `/v1/files/${file.id}/content`, undefined, {
      range: `bytes=${file.bytes}-`,
    })
    expect(beyond.status).toBe(416)
  })

  it('404s for an unknown file', async () => {
    const { call } = setup()
    expect((await call('GET', '/v1/files/00000000-0000-4000-8000-000000000000/content')).status).toBe(404)
  })
})

describe('GET /v1/files/{id}/url', () => {
  it('returns a signed URL that downloads without Authorization, until it expires', async () => {
    const { upload, call, emulator, clock } = setup({ apiKey: 'k' })
    const auth = { authorization: 'Bearer k' }
    const form = new FormData()
    form.append('file', new File([INPUT], 'in.jsonl'))
    form.append('purpose', 'batch')
    const file = await (
      await emulator.fetch(new Request(`${BASE}/v1/files`, { method: 'POST', body: form, headers: auth }))
    ).json()
    expect((await upload(INPUT)).status).toBe(401)
    const { json } = await call('GET', `/v1/files/${file.id}/url?expiry=1`, undefined, auth)
    expectFilesBatchSchema('GetSignedUrlResponse', json)
    expect(json.url.startsWith(`${BASE}/signed/files/${file.id}?`)).toBe(true)
    const download = await emulator.fetch(new Request(json.url))
    expect(download.status).toBe(200)
    expect(await download.text()).toBe(INPUT)
    const tampered = await emulator.fetch(new Request(json.url.replace(/sig=\w/, 'sig=z')))
    expect(tampered.status).toBe(403)
    clock.advance(3_601_000)
    expect((await emulator.fetch(new Request(json.url))).status).toBe(403)
  })

  it('defaults expiry to 24 hours and rejects expiry outside 1..168 with 422', async () => {
    const { upload, call } = setup()
    const { json: file } = await upload(INPUT)
    const { json } = await call('GET', `/v1/files/${file.id}/url`)
    expect(Number(new URL(json.url).searchParams.get('se')) - Date.UTC(2026, 0, 1) / 1000).toBe(24 * 3600)
    expect((await call('GET', `/v1/files/${file.id}/url?expiry=169`)).json.detail[0]).toMatchObject({
      type: 'less_than_equal',
    })
    expect((await call('GET', `/v1/files/${file.id}/url?expiry=0`)).status).toBe(422)
    expect((await call('GET', '/v1/files/00000000-0000-4000-8000-000000000000/url')).status).toBe(404)
  })
})
