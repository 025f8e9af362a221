import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import { startMockApi } from './helpers/mock-api'
import { formOf } from './helpers/server'

let server: Awaited<ReturnType<typeof startMockApi>>
const KEY = 'sk-wire-test'
const client = () =>
  createClient({ apiKey: KEY, baseURL: server.url, headers: { 'x-client': 'c' }, retry: false })
const last = () => server.seen[server.seen.length - 1]!

beforeAll(async () => {
  server = await startMockApi()
})
afterAll(() => server.close())

describe('files.upload (wire)', () => {
  it('sends multipart with file (its filename) and purpose, and no visibility/expiry unless given', async () => {
    const file = await client().files.upload('{"custom_id":"1","body":{}}\n', { file_name: 'in.jsonl' })
    const seen = last()
    expect([seen.method, seen.path, seen.search]).toEqual(['POST', '/v1/files', ''])
    expect(seen.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(seen.headers['x-client']).toBe('c')
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    const form = await formOf(seen)
    expect([...form.keys()]).toEqual(['file', 'purpose'])
    expect((form.get('file') as File).name).toBe('in.jsonl')
    expect(await (form.get('file') as File).text()).toBe('{"custom_id":"1","body":{}}\n')
    expect(form.get('purpose')).toBe('batch')
    expect(file).toMatchObject({ filename: 'in.jsonl', purpose: 'batch', bytes: 28 })
  })

  it('adds visibility and expiry when given, and defaults the name to a unique .jsonl', async () => {
    await client().files.upload([{ custom_id: 'a', body: { x: 1 } }], {
      visibility: 'user',
      expiry: 48,
      purpose: 'ocr',
    })
    const form = await formOf(last())
    expect([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : 'blob'])).toEqual([
      ['file', 'blob'],
      ['purpose', 'ocr'],
      ['visibility', 'user'],
      ['expiry', '48'],
    ])
    const name = (form.get('file') as File).name
    expect(name).toMatch(/^batch-[0-9a-f]{32}\.jsonl$/)
    await client().files.upload('x\n')
    expect(((await formOf(last())).get('file') as File).name).not.toBe(name)
  })
})

describe('files.upload inputs', () => {
  it('streams a ReadableStream input into the file part and reports progress', async () => {
    const text = '{"custom_id":"s","body":{}}\n'
    const progress: unknown[] = []
    await client().files.upload(new Blob([text]).stream(), { onProgress: (p) => progress.push(p) })
    expect(await ((await formOf(last())).get('file') as File).text()).toBe(text)
    expect(progress).toEqual([
      { loaded: 0, total: text.length },
      { loaded: text.length, total: text.length },
    ])
  })

  it('with validate, rejects invalid JSONL and sends nothing', async () => {
    const before = server.seen.length
    const error = await client()
      .files.upload('{"custom_id":"1","body":{"messages":"x"}}\nnot json\n', {
        validate: { endpoint: '/v1/chat/completions' },
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'InputValidationError',
      issues: expect.arrayContaining([expect.objectContaining({ line: 2 })]),
    })
    expect(server.seen.length).toBe(before)
  })
})

describe('files (wire)', () => {
  it('get, list, delete, download and signedUrl hit their routes with encoded ids and query', async () => {
    const c = client()
    const meta = server.api.addFile('wire-get.jsonl', 'hello\n')
    const id = meta.id as string
    expect(await c.files.get(id)).toMatchObject({ id, deleted: false, bytes: 6 })
    expect([last().method, last().path]).toEqual(['GET', `/v1/files/${id}`])

    const page = await c.files.list({
      page: 0,
      page_size: 5,
      sample_type: ['batch_result', 'batch_error'],
      search: 'wire-get',
      include_total: true,
    })
    expect(last().search).toBe(
      '?page=0&page_size=5&sample_type=batch_result&sample_type=batch_error&search=wire-get&include_total=true',
    )
    expect(page).toMatchObject({ object: 'list', data: [{ id }] })

    const text = await new Response(await c.files.download(id)).text()
    expect([last().path, text]).toEqual([`/v1/files/${id}/content`, 'hello\n'])

    expect(await c.files.signedUrl(id, { expiry: 2 })).toEqual({ url: `https://blob.example/${id}?se=2` })
    expect(last().search).toBe('?expiry=2')

    expect(await c.files.delete(id)).toEqual({ id, object: 'file', deleted: true })
    expect(last().method).toBe('DELETE')

    await expect(c.files.get('a/b c')).rejects.toMatchObject({ status: 404 })
    expect(last().path).toBe('/v1/files/a%2Fb%20c')
  })

  it('iterates every page of files.list with for await', async () => {
    for (let i = 0; i < 5; i++) server.api.addFile(`page-${i}.jsonl`, 'x\n')
    const names: string[] = []
    for await (const f of client().files.list({ search: 'page-', page_size: 2 })) names.push(f.filename)
    expect(names).toEqual(['page-0.jsonl', 'page-1.jsonl', 'page-2.jsonl', 'page-3.jsonl', 'page-4.jsonl'])
    expect(server.seen.slice(-3).map((s) => s.query.get('page'))).toEqual(['0', '1', '2'])
  })
})

describe('batch.jobs (wire)', () => {
  it('create sends JSON with the marker key, then get, cancel, delete', async () => {
    const c = client()
    const job = await c.batch.jobs.create({
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      input_files: ['f1'],
      metadata: { job_type: 'x' },
      timeout_hours: 2,
    })
    const seen = last()
    expect([seen.method, seen.path, seen.headers['content-type']]).toEqual([
      'POST',
      '/v1/batch/jobs',
      'application/json',
    ])
    const body = JSON.parse(seen.body.toString())
    expect(body).toEqual({
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      input_files: ['f1'],
      timeout_hours: 2,
      metadata: { job_type: 'x', mistral_batch_idempotency_key: expect.stringMatching(/^[0-9a-f]{32}$/) },
    })
    expect(job.status).toBe('QUEUED')

    expect((await c.batch.jobs.get(job.id, { inline: true })).status).toBe('RUNNING')
    expect([last().path, last().search]).toEqual([`/v1/batch/jobs/${job.id}`, '?inline=true'])
    expect((await c.batch.jobs.cancel(job.id)).status).toBe('CANCELLATION_REQUESTED')
    expect([last().method, last().path]).toEqual(['POST', `/v1/batch/jobs/${job.id}/cancel`])
    expect(await c.batch.jobs.delete(job.id)).toEqual({ id: job.id, object: 'batch', deleted: true })
    expect([last().method, last().path]).toEqual(['DELETE', `/v1/batch/jobs/${job.id}`])
  })

  it('list serialises status arrays, ISO created_after, booleans and flattened metadata (§3.2)', async () => {
    const c = client()
    const made = await c.batch.jobs.create({
      endpoint: '/v1/ocr',
      requests: [{ custom_id: '1', body: {} }],
      metadata: { team: 'blue' },
    })
    const page = await c.batch.jobs.list({
      page_size: 10,
      status: ['QUEUED', 'RUNNING'],
      created_after: '2020-01-01T00:00:00Z',
      created_by_me: true,
      metadata: { team: 'blue' },
      order_by: '-created',
    })
    expect(last().search).toBe(
      '?page_size=10&created_by_me=true&order_by=-created&page=0&created_after=2020-01-01T00%3A00%3A00.000Z&status=QUEUED&status=RUNNING&team=blue',
    )
    expect(page.data.map((j) => j.id)).toEqual([made.id])
    await c.batch.jobs.list({ status: 'RUNNING' })
    expect(last().search).toBe('?page=0&status=RUNNING')
  })

  it('iterates every job of every page with for await', async () => {
    const c = client()
    for (let i = 0; i < 3; i++)
      await c.batch.jobs.create({ endpoint: '/v1/ocr', input_files: ['f'], metadata: { set: 'pages' } })
    const ids: string[] = []
    for await (const job of c.batch.jobs.list({ metadata: { set: 'pages' }, page_size: 2 })) ids.push(job.id)
    expect(ids).toHaveLength(3)
    expect(server.seen.slice(-2).map((s) => s.search)).toEqual([
      '?page_size=2&page=0&set=pages',
      '?page_size=2&page=1&set=pages',
    ])
  })

  it('wait polls get until SUCCESS', async () => {
    const c = client()
    const job = await c.batch.jobs.create({ endpoint: '/v1/ocr', requests: [{ custom_id: '1', body: {} }] })
    const seenStatuses: string[] = []
    const done = await c.batch.jobs.wait(job.id, {
      intervalMs: 5,
      onUpdate: (j) => seenStatuses.push(j.status),
    })
    expect(done.status).toBe('SUCCESS')
    expect(seenStatuses).toEqual(['RUNNING', 'SUCCESS'])
  })

  it('rejects an empty id before sending', async () => {
    const before = server.seen.length
    await expect(client().batch.jobs.get('')).rejects.toMatchObject({ name: 'InputValidationError' })
    expect(server.seen.length).toBe(before)
  })
})
