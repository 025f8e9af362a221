/** A scripted fetch for unit tests: each call takes the next step (a Response, an error, or a function). */
export type Step = Response | Error | ((request: Request) => Response | Promise<Response>)

export interface FakeFetch {
  fetch: typeof fetch
  /** Every request made, in order, as a Request (so headers and bodies can be inspected). */
  calls: Request[]
}

export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: Request[] = []
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    calls.push(request)
    const step = steps.shift()
    if (step === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`)
    if (step instanceof Error) throw step
    if (step instanceof Response) return step
    return step(request)
  }
  return { fetch: fetchFn as typeof fetch, calls }
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** A network failure as undici reports it: TypeError('fetch failed') with a coded cause. */
export function netError(code: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) })
}

export const job = (over: Record<string, unknown> = {}) => ({
  id: 'job-1',
  object: 'batch',
  input_files: ['file-1'],
  endpoint: '/v1/chat/completions',
  model: 'mistral-small-latest',
  errors: [],
  status: 'QUEUED',
  created_at: 1_700_000_000,
  total_requests: 0,
  completed_requests: 0,
  succeeded_requests: 0,
  failed_requests: 0,
  metadata: {},
  ...over,
})

export const file = (over: Record<string, unknown> = {}) => ({
  id: 'file-1',
  object: 'file',
  bytes: null,
  created_at: Math.floor(Date.now() / 1000),
  filename: 'batch.jsonl',
  purpose: 'batch',
  sample_type: 'batch_request',
  source: 'upload',
  ...over,
})
