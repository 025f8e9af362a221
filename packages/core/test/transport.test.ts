import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/client'
import { isApiError, isTimeoutError } from '../src/errors'
import type { BatchJob } from '../src/schemas/job'
import { startMockApi } from './helpers/mock-api'
import { listen } from './helpers/server'

const KEY = 'sk-transport-key'
const job = { id: 'j', endpoint: '/v1/chat/completions', status: 'QUEUED', created_at: 1 }
const counts = { total_requests: 0, completed_requests: 0, succeeded_requests: 0, failed_requests: 0 }
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})
async function server(...args: Parameters<typeof listen>) {
  const s = await listen(...args)
  closers.push(s.close)
  return s
}

describe('a JSON answer whose body stalls after the headers', () => {
  it.each([
    ['get, no body byte', 'GET', '', 200],
    ['get, half a body', 'GET', '{"id":"j","sta', 200],
    ['list, half a body', 'LIST', '{"data":[', 200],
    ['create, half a body', 'POST', '{"id"', 200],
    ['an error body', 'GET', '{"message":"no', 500],
  ])('settles with TimeoutError within timeoutMs: %s', async (_name, kind, partial, status) => {
    const s = await server((_seen, res) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.write(partial)
      return true // never ends
    })
    const client = createClient({ baseURL: s.url, timeoutMs: 150, retry: false })
    const started = Date.now()
    const call =
      kind === 'LIST'
        ? client.batch.jobs.list()
        : kind === 'POST'
          ? client.batch.jobs.create({ endpoint: '/v1/chat/completions', model: 'm', input_files: ['f'] })
          : client.batch.jobs.get('j')
    const error = await Promise.resolve(call).catch((e: unknown) => e)
    expect(isTimeoutError(error)).toBe(true)
    expect(Date.now() - started).toBeLessThan(1500)
  })
})

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %i on a POST is a typed error and nothing reaches the target',
    async (status) => {
      const target = await server(() => true)
      const origin = await server((_seen, res) => {
        res.writeHead(status, { location: `${target.url}/v1/batch/jobs` })
        res.end()
        return true
      })
      const client = createClient({ apiKey: KEY, baseURL: origin.url })
      const error = await client.batch.jobs
        .create({ endpoint: '/v1/chat/completions', model: 'm', input_files: ['f'] })
        .catch((e: unknown) => e)
      expect(isApiError(error) && error.status).toBe(status)
      expect(String(error)).toContain('redirect refused: a POST is never re-sent')
      expect([origin.seen.length, target.seen.length]).toEqual([1, 0])
    },
  )

  it('a GET follows a redirect; the key goes to the same origin only', async () => {
    const other = await server((_seen, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ...job, ...counts }))
      return true
    })
    const origin = await server((seen, res) => {
      const location = seen.path.endsWith('/same') ? '/v1/batch/jobs/moved' : `${other.url}/v1/batch/jobs/j`
      if (seen.path.endsWith('/moved')) return false
      res.writeHead(302, { location })
      res.end()
      return true
    })
    const client = createClient({ apiKey: KEY, baseURL: origin.url, retry: false })
    await client.batch.jobs.get('cross')
    expect(other.seen.map((s) => s.headers.authorization)).toEqual([undefined])
    await client.batch.jobs.get('same').catch(() => {})
    expect(origin.seen.map((s) => [s.path, s.headers.authorization])).toEqual([
      ['/v1/batch/jobs/cross', `Bearer ${KEY}`],
      ['/v1/batch/jobs/same', `Bearer ${KEY}`],
      ['/v1/batch/jobs/moved', `Bearer ${KEY}`],
    ])
  })
})

describe('downloads', () => {
  it('ask for application/octet-stream; JSON calls ask for application/json', async () => {
    const { api, url, seen, close } = await startMockApi()
    closers.push(close)
    const file = api.addFile('a.jsonl', '{"x":1}\n')
    const client = createClient({ apiKey: KEY, baseURL: url })
    await new Response(await client.files.download(String(file.id))).text()
    await client.files.get(String(file.id))
    expect(seen.map((s) => s.headers.accept)).toEqual(['application/octet-stream', 'application/json'])
  })

  it('leave no listener on a long-lived signal reused across downloads, gets and results', async () => {
    const { api, url, close } = await startMockApi()
    closers.push(close)
    const file = api.addFile('a.jsonl', '{"custom_id":"1","response":{"status_code":200,"body":{}}}\n')
    const client = createClient({ apiKey: KEY, baseURL: url })
    const signal = new AbortController().signal
    for (let i = 0; i < 30; i++) {
      await new Response(await client.files.download(String(file.id), { signal })).text()
      await client.files.get(String(file.id), { signal })
      const done = { ...job, ...counts, id: `j${i}`, output_file: String(file.id) } as BatchJob
      for await (const result of client.batch.results(done, { signal })) expect(result.custom_id).toBe('1')
    }
    expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })
})
