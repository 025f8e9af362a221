import { describe, expect, it } from 'vitest'
import { BASE, chatLine, jsonl, setup } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'

const INPUT = jsonl([chatLine('a'), chatLine('b')])

describe('POST /v1/files', () => {
  it('stores the upload and answers a CreateFileResponse with the part file name', async () => {
    const { upload } = setup()
    const { status, json } = await upload(INPUT, { filename: 'my-input.jsonl' })
    expect(status).toBe(200)
    expectFilesBatchSchema('CreateFileResponse', json)
    expect(json).toMatchObject({
      object: 'file',
      filename: 'my-input.jsonl',
      purpose: 'batch',
      sample_type: 'batch_request',
      source: 'upload',
      bytes: new TextEncoder().encode(INPUT).byteLength,
      num_lines: 2,
      mimetype: 'application/jsonl',
      visibility: 'workspace',
      created_at: Date.UTC(2026, 0, 1) / 1000,
    })
  })

  it('defaults purpose to fine-tune and honours visibility and expiry (hours)', async () => {
    const { emulator } = setup()
    const form = new FormData()
    form.append('file', new File(['{}'], 'x.jsonl'))
    form.append('visibility', 'user')
    form.append('expiry', '2')
    const json = await (
      await emulator.fetch(new Request(`${BASE}/v1/files`, { method: 'POST', body: form }))
    ).json()
    expect(json).toMatchObject({ purpose: 'fine-tune', sample_type: 'instruct', visibility: 'user' })
    expect(json.expires_at - json.created_at).toBe(7200)
  })

  it('answers 422 detail[] without a file part or with an unknown purpose', async () => {
    const { emulator, upload } = setup()
    const form = new FormData()
    form.append('purpose', 'batch')
    const response = await emulator.fetch(new Request(`${BASE}/v1/files`, { method: 'POST', body: form }))
    expect(response.status).toBe(422)
    expect((await response.json()).detail).toEqual([
      { type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null },
    ])
    const wrong = await upload(INPUT, { purpose: 'training' })
    expect(wrong.status).toBe(422)
    expect(wrong.json.detail[0]).toMatchObject({ type: 'enum', loc: ['body', 'purpose'], input: 'training' })
  })

  it('answers 413 over the size limit', async () => {
    const { upload, emulator } = setup({ maxFileBytes: 10 })
    const { status, json } = await upload('x'.repeat(11))
    expect(status).toBe(413)
    expect(json).toMatchObject({ object: 'error', type: 'invalid_request_error', code: 'file_too_large' })
    expect(emulator.state.files).toBe(0)
  })

  it('answers 413 from Content-Length alone, before reading the body', async () => {
    const { emulator } = setup({ maxFileBytes: 10 })
    const request = new Request(`${BASE}/v1/files`, {
      method: 'POST',
      headers: { 'content-length': String(10 * 1024 * 1024) },
      body: 'ignored',
    })
    const response = await emulator.fetch(request)
    expect(response.status).toBe(413)
  })
})

describe('GET /v1/files', () => {
  async function seeded() {
    const env = setup()
    await env.upload(INPUT, { filename: 'first.jsonl' })
    env.clock.advance(1000)
    await env.upload('{"a":1}', { filename: 'notes.json', purpose: 'fine-tune' })
    env.clock.advance(1000)
    await env.upload(INPUT, { filename: 'second-batch.jsonl' })
    return env
  }

  it('lists newest first with total, in the ListFilesResponse schema', async () => {
    const { call } = await seeded()
    const { json } = await call('GET', '/v1/files')
    expectFilesBatchSchema('ListFilesResponse', json)
    expect(json.object).toBe('list')
    expect(json.total).toBe(3)
    expect(json.data.map((f: { filename: string }) => f.filename)).toEqual([
      'second-batch.jsonl',
      'notes.json',
      'first.jsonl',
    ])
  })

  it('pages with page and page_size, and omits total when include_total=false', async () => {
    const { call } = await seeded()
    const second = await call('GET', '/v1/files?page=1&page_size=2')
    expect(second.json.data.map((f: { filename: string }) => f.filename)).toEqual(['first.jsonl'])
    expect(second.json.total).toBe(3)
    const noTotal = await call('GET', '/v1/files?include_total=false')
    expect(noTotal.json.total).toBeNull()
    expectFilesBatchSchema('ListFilesResponse', noTotal.json)
  })

  it('filters by purpose, search, mimetypes[], source[] and sample_type[]', async () => {
    const { call } = await seeded()
    const names = async (query: string) =>
      (await call('GET', `/v1/files?${query}`)).json.data.map((f: { filename: string }) => f.filename)
    expect(await names('purpose=fine-tune')).toEqual(['notes.json'])
    expect(await names('search=BATCH')).toEqual(['second-batch.jsonl'])
    expect(await names('mimetypes=application/json')).toEqual(['notes.json'])
    expect(await names('source=mistral')).toEqual([])
    expect(await names('sample_type=instruct&sample_type=batch_request')).toHaveLength(3)
    expect(await names('sample_type=batch_result')).toEqual([])
  })

  it('answers 422 for a bad page or an unknown sample_type', async () => {
    const { call } = await seeded()
    expect((await call('GET', '/v1/files?page=abc')).json.detail[0]).toMatchObject({
      type: 'int_parsing',
      loc: ['query', 'page'],
    })
    expect((await call('GET', '/v1/files?sample_type=nope')).status).toBe(422)
  })
})

describe('GET and DELETE /v1/files/{id}', () => {
  it('retrieves a GetFileResponse, deletes it, then 404s', async () => {
    const { upload, call } = setup()
    const { json: file } = await upload(INPUT)
    const got = await call('GET', `/v1/files/${file.id}`)
    expectFilesBatchSchema('GetFileResponse', got.json)
    expect(got.json).toEqual({ ...file, deleted: false })
    const deleted = await call('DELETE', `/v1/files/${file.id}`)
    expectFilesBatchSchema('DeleteFileResponse', deleted.json)
    expect(deleted.json).toEqual({ id: file.id, object: 'file', deleted: true })
    const missing = await call('GET', `/v1/files/${file.id}`)
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ object: 'error', type: 'invalid_request_error' })
    expect((await call('DELETE', `/v1/files/${file.id}`)).status).toBe(404)
  })
})
