import { type BatchJob, createClient, type FileObject } from '@mistral-batch/core'

export function makeJob(patch: Partial<BatchJob> = {}): BatchJob {
  return {
    id: 'job-1',
    object: 'batch',
    input_files: ['file-1'],
    metadata: { team: 'a' },
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    errors: [],
    status: 'RUNNING',
    created_at: 1,
    total_requests: 10,
    completed_requests: 0,
    succeeded_requests: 0,
    failed_requests: 0,
    ...patch,
  }
}

export const uploadedFile: FileObject = {
  id: 'file-9',
  object: 'file',
  bytes: 12,
  created_at: 1,
  filename: 'in.jsonl',
  purpose: 'batch',
  sample_type: 'batch_request',
  source: 'upload',
}

export interface FakeRequest {
  method: string
  path: string
  at: number
  signal: AbortSignal | null | undefined
}

/**
 * A real client over a fake `fetch` that records every request: jobs from `jobs` (missing ids get a
 * RUNNING job), uploads answered after `uploadDelayMs` unless aborted first.
 */
export function fakeBatchApi() {
  const jobs = new Map<string, BatchJob>()
  const requests: FakeRequest[] = []
  const settings = { uploadDelayMs: 0 }
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    requests.push({
      method: request.method,
      path: url.pathname + url.search,
      at: Date.now(),
      signal: init?.signal,
    })
    const [, , resource, , id, action] = url.pathname.split('/')
    if (resource === 'files') {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, settings.uploadDelayMs)
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(init.signal?.reason)
        })
      })
      return json(uploadedFile)
    }
    if (id === undefined) return json({ data: [...jobs.values()], object: 'list', total: jobs.size })
    const job = jobs.get(id) ?? makeJob({ id })
    if (action === 'cancel') jobs.set(id, { ...job, status: 'CANCELLATION_REQUESTED' })
    return json(jobs.get(id) ?? job)
  }

  const client = createClient({ apiKey: 'test-key', baseURL: 'https://api.test', fetch, retry: false })
  const count = (path?: string) => requests.filter((r) => path === undefined || r.path === path).length
  return { client, jobs, requests, settings, count }
}
