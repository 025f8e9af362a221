import { describe, expect, it, vi } from 'vitest'
import { fakeFetch, job, json } from '../test/helpers/fake-fetch'
import { createClient } from './client'

describe('createClient', () => {
  it('keeps clients independent: each has its own base URL, key and fetch', async () => {
    const a = fakeFetch(json(job()))
    const b = fakeFetch(json(job()))
    await createClient({ apiKey: 'key-a', baseURL: 'https://a.test/', fetch: a.fetch }).batch.jobs.get('j')
    await createClient({ apiKey: 'key-b', baseURL: 'https://b.test', fetch: b.fetch }).batch.jobs.get('j')
    expect([a.calls[0]!.url, a.calls[0]!.headers.get('authorization')]).toEqual([
      'https://a.test/v1/batch/jobs/j',
      'Bearer key-a',
    ])
    expect([b.calls[0]!.url, b.calls[0]!.headers.get('authorization')]).toEqual([
      'https://b.test/v1/batch/jobs/j',
      'Bearer key-b',
    ])
  })

  it('calls an apiKey function before each request', async () => {
    const apiKey = vi.fn(async () => `k${apiKey.mock.calls.length}`)
    const fake = fakeFetch(json(job()), json(job()))
    const client = createClient({ apiKey, fetch: fake.fetch })
    await client.batch.jobs.get('j')
    await client.batch.jobs.get('j')
    expect(fake.calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer k1', 'Bearer k2'])
  })

  it('exposes every call of API.md', () => {
    const client = createClient()
    expect(Object.keys(client.files).sort()).toEqual([
      'delete',
      'download',
      'get',
      'list',
      'signedUrl',
      'upload',
    ])
    for (const name of ['create', 'get', 'list', 'cancel', 'delete', 'wait']) {
      expect(typeof (client.batch.jobs as Record<string, unknown>)[name]).toBe('function')
    }
    expect([typeof client.batch.results, typeof client.batch.run]).toEqual(['function', 'function'])
  })
})
