import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../client'

const job = {
  id: 'job-1',
  input_files: [],
  endpoint: '/v1/chat/completions',
  errors: [],
  status: 'RUNNING',
  created_at: 1,
  total_requests: 2,
  completed_requests: 0,
  succeeded_requests: 0,
  failed_requests: 0,
}

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => vi.useRealTimers())

describe('client.batch.jobs.observe', () => {
  it('polls GET /v1/batch/jobs/{id} through the client, one request per tick for one client', async () => {
    const urls: string[] = []
    const fetch = async (input: RequestInfo | URL) => {
      urls.push(String(input))
      return new Response(JSON.stringify(job), { headers: { 'content-type': 'application/json' } })
    }
    const client = createClient({ apiKey: 'k', baseURL: 'https://api.test', fetch, retry: false })
    const other = createClient({ apiKey: 'k', baseURL: 'https://api.test', fetch, retry: false })
    expect(client.batch.jobs.observe('job-1')).toBe(client.batch.jobs.observe('job-1'))
    expect(other.batch.jobs.observe('job-1')).not.toBe(client.batch.jobs.observe('job-1'))
    const offs = [1, 2, 3].map(() => client.batch.jobs.observe('job-1').subscribe(() => {}))
    await vi.advanceTimersByTimeAsync(2_000)
    expect(urls).toEqual(['https://api.test/v1/batch/jobs/job-1', 'https://api.test/v1/batch/jobs/job-1'])
    expect(client.batch.jobs.observe('job-1').getSnapshot().job).toMatchObject({
      id: 'job-1',
      status: 'RUNNING',
    })
    for (const off of offs) off()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(urls).toHaveLength(2)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('polls the list query with its params', async () => {
    const urls: string[] = []
    const fetch = async (input: RequestInfo | URL) => {
      urls.push(String(input))
      const body = { data: [job], object: 'list', total: 1 }
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
    }
    const client = createClient({ apiKey: 'k', baseURL: 'https://api.test', fetch, retry: false })
    const observer = client.batch.jobs.observeList({ status: 'RUNNING', page_size: 5 })
    const off = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(new URL(urls[0] ?? '').searchParams.get('status')).toBe('RUNNING')
    expect(observer.getSnapshot()).toMatchObject({ total: 1, jobs: [{ id: 'job-1' }] })
    off()
  })
})
