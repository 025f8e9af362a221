import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, json, netError, type Step } from '../../test/helpers/fake-fetch'
import { ApiError, ConnectionError, isApiError, ResponseValidationError, TimeoutError } from '../errors'
import { jsonOf } from './parse'
import { type CallOptions, createRequester, type Spec } from './request'

const Ok = v.object({ ok: v.boolean() })
const KEY = 'sk-secret-key-123'

function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) =>
    request.signal.addEventListener('abort', () => reject(request.signal.reason)),
  )
}

const failures: Record<string, () => Step> = {
  'connection reset': () => netError('ECONNRESET'),
  'connection refused': () => netError('ECONNREFUSED'),
  timeout: () => hang,
  '400': () => json({ message: 'bad' }, 400),
  '404': () => json({ detail: 'Not found' }, 404),
  '408': () => json({}, 408),
  '429': () => json({}, 429),
  '500': () => json({}, 500),
  '502': () => new Response('<h1>Bad Gateway</h1>', { status: 502 }),
  '503': () => json({}, 503),
}

async function runWith(failure: string, spec: Partial<Spec<{ ok: boolean }>>, options: CallOptions = {}) {
  const steps = [failures[failure]!(), failures[failure]!(), failures[failure]!()]
  const fake = fakeFetch(...steps)
  const request = createRequester({ fetch: fake.fetch, apiKey: KEY, timeoutMs: 1000 })
  const promise = request(
    { method: 'GET', path: '/x', parse: jsonOf(Ok), idempotent: true, ...spec },
    options,
  )
  const outcome: Promise<{ value?: { ok: boolean }; error?: unknown }> = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  await vi.runAllTimersAsync()
  return { ...(await outcome), calls: fake.calls.length }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(1)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('request retry policy', () => {
  // [failure, attempts for GET/DELETE/cancel, attempts for create/upload (no lookup possible), error class]
  it.each([
    ['connection reset', 3, 1, ConnectionError],
    ['connection refused', 3, 3, ConnectionError],
    ['timeout', 3, 1, TimeoutError],
    ['400', 1, 1, ApiError],
    ['404', 1, 1, ApiError],
    ['408', 3, 3, ApiError],
    ['429', 3, 3, ApiError],
    ['500', 3, 1, ApiError],
    ['502', 3, 1, ApiError],
    ['503', 3, 3, ApiError],
  ])('on %s: idempotent calls make %i attempts, creation %i', async (failure, safe, unsafe, type) => {
    const get = await runWith(failure, {})
    expect(get.calls).toBe(safe)
    expect(get.error).toBeInstanceOf(type)
    const post = await runWith(failure, { method: 'POST', idempotent: false, json: {} })
    expect(post.calls).toBe(unsafe)
    expect(post.error).toBeInstanceOf(type)
  })

  it('retries nothing with retry: false', async () => {
    expect((await runWith('500', {}, { retry: false })).calls).toBe(1)
  })

  it('waits 500 then 1000 ms between attempts (exponential, jitter at its top)', async () => {
    const fake = fakeFetch(json({}, 500), json({}, 500), json({ ok: true }))
    const stamps: number[] = []
    const fetchFn: typeof fetch = (input, init) => {
      stamps.push(Date.now())
      return fake.fetch(input, init)
    }
    const request = createRequester({ fetch: fetchFn })
    const promise = request({ method: 'GET', path: '/x', parse: jsonOf(Ok), idempotent: true })
    await vi.runAllTimersAsync()
    await expect(promise).resolves.toEqual({ ok: true })
    expect(stamps.map((t) => t - stamps[0]!)).toEqual([0, 500, 1500])
  })

  it('honours Retry-After in seconds', async () => {
    const fake = fakeFetch(json({}, 429, { 'retry-after': '3' }), json({ ok: true }))
    const stamps: number[] = []
    const fetchFn: typeof fetch = (input, init) => {
      stamps.push(Date.now())
      return fake.fetch(input, init)
    }
    const promise = createRequester({ fetch: fetchFn })({
      method: 'GET',
      path: '/x',
      parse: jsonOf(Ok),
      idempotent: true,
    })
    await vi.runAllTimersAsync()
    await promise
    expect(stamps[1]! - stamps[0]!).toBe(3000)
  })

  it('rejects with the signal reason, unwrapped, when aborted during the backoff', async () => {
    const fake = fakeFetch(json({}, 500), json({ ok: true }))
    const controller = new AbortController()
    const promise = createRequester({ fetch: fake.fetch })(
      { method: 'GET', path: '/x', parse: jsonOf(Ok), idempotent: true },
      { signal: controller.signal },
    )
    const caught = promise.catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(100)
    const reason = new Error('user gave up')
    controller.abort(reason)
    expect(await caught).toBe(reason)
    await vi.runAllTimersAsync()
    expect(fake.calls).toHaveLength(1)
  })
})

describe('request exactly-once', () => {
  it('returns what reconcile finds after an ambiguous failure instead of re-sending', async () => {
    const reconcile = vi.fn(async () => ({ ok: true }))
    const result = await runWith('connection reset', {
      method: 'POST',
      idempotent: false,
      json: {},
      reconcile,
    })
    expect(result).toMatchObject({ value: { ok: true }, calls: 1 })
    expect(reconcile).toHaveBeenCalledOnce()
  })

  it('re-sends when reconcile finds nothing', async () => {
    const reconcile = vi.fn(async () => undefined)
    const result = await runWith('500', { method: 'POST', idempotent: false, json: {}, reconcile })
    expect(result.calls).toBe(3)
    expect(reconcile).toHaveBeenCalledTimes(2)
  })

  it('throws the original failure when the lookup itself fails', async () => {
    const reconcile = vi.fn(async () => Promise.reject(new Error('list failed')))
    const result = await runWith('timeout', { method: 'POST', idempotent: false, json: {}, reconcile })
    expect(result.error).toBeInstanceOf(TimeoutError)
    expect(result.calls).toBe(1)
  })

  it('does not look up after a failure that proves nothing was made (429)', async () => {
    const reconcile = vi.fn(async () => ({ ok: true }))
    const result = await runWith('429', { method: 'POST', idempotent: false, json: {}, reconcile })
    expect(result.calls).toBe(3)
    expect(reconcile).not.toHaveBeenCalled()
  })
})

describe('request', () => {
  it('sends auth, accept, client and call headers, and never leaks the key in errors', async () => {
    vi.useRealTimers()
    const fake = fakeFetch(json({ message: `invalid key ${KEY}` }, 401))
    const request = createRequester({ fetch: fake.fetch, apiKey: async () => KEY, headers: { 'x-a': '1' } })
    const error = await request(
      { method: 'GET', path: '/v1/files?page=0', parse: jsonOf(Ok), idempotent: true },
      { headers: { 'x-b': '2' } },
    ).catch((e: unknown) => e)
    const sent = fake.calls[0]!
    expect(sent.url).toBe('https://api.mistral.ai/v1/files?page=0')
    expect(sent.headers.get('authorization')).toBe(`Bearer ${KEY}`)
    expect([sent.headers.get('x-a'), sent.headers.get('x-b'), sent.headers.get('accept')]).toEqual([
      '1',
      '2',
      'application/json',
    ])
    expect(isApiError(error)).toBe(true)
    const text = [
      String(error),
      JSON.stringify(error),
      (error as Error).stack,
      JSON.stringify((error as ApiError).body),
    ].join()
    expect(text).not.toContain(KEY)
    expect(text).toContain('[redacted]')
  })

  it("passes a call's own fetch and extra RequestInit (duplex) through ofetch", async () => {
    vi.useRealTimers()
    const seen: (RequestInit & { duplex?: string })[] = []
    const own: typeof fetch = async (_input, init) => {
      seen.push(init as RequestInit)
      return json({ ok: true })
    }
    const client = fakeFetch()
    const body = () => new Blob(['x']).stream()
    const result = await createRequester({ fetch: client.fetch })({
      method: 'POST',
      path: '/x',
      parse: jsonOf(Ok),
      body,
      fetch: own,
      init: { duplex: 'half', keepalive: false },
    })
    expect(result).toEqual({ ok: true })
    expect(client.calls).toHaveLength(0)
    expect([seen[0]?.duplex, seen[0]?.keepalive, seen[0]?.redirect]).toEqual(['half', false, 'error'])
  })

  it('sends no Authorization header without an apiKey', async () => {
    vi.useRealTimers()
    const fake = fakeFetch(json({ ok: true }))
    await createRequester({ fetch: fake.fetch })({
      method: 'GET',
      path: '/x',
      parse: jsonOf(Ok),
      idempotent: true,
    })
    expect(fake.calls[0]!.headers.has('authorization')).toBe(false)
  })

  it('looks fetch up at call time', async () => {
    vi.useRealTimers()
    const request = createRequester({ baseURL: 'http://h/' })
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ ok: true }))
    await request({ method: 'GET', path: '/x', parse: jsonOf(Ok), idempotent: true })
    expect(spy).toHaveBeenCalledWith('http://h/x', expect.anything())
  })

  it('throws ResponseValidationError with issues and data on an off-contract 2xx body', async () => {
    vi.useRealTimers()
    const fake = fakeFetch(json({ ok: 'yes' }))
    const error = await createRequester({ fetch: fake.fetch })({
      method: 'GET',
      path: '/x',
      parse: jsonOf(Ok),
      idempotent: true,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect(error).toMatchObject({ data: { ok: 'yes' }, issues: [{ path: 'ok' }] })
  })
})
