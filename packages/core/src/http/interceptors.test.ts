import type { FetchContext } from 'ofetch'
import * as v from 'valibot'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, json } from '../../test/helpers/fake-fetch'
import { ApiError, isMistralBatchError, MistralBatchError, TimeoutError } from '../errors'
import type { ClientConfig } from './options'
import { jsonOf } from './parse'
import { createRequester, type Spec } from './request'

const Ok = v.object({ ok: v.boolean() })
const get: Spec<{ ok: boolean }> = { method: 'GET', path: '/x', parse: jsonOf(Ok) }

/** Runs one GET to completion under fake timers (retries wait). */
async function call(config: ClientConfig, spec = get) {
  const outcome = createRequester(config)(spec).then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  )
  await vi.runAllTimersAsync()
  return outcome
}

// The error-body reader is a lazy chunk loaded on the first non-2xx: a real module load that fake timers
// cannot advance, so it is loaded before the retry sequences below are driven by runAllTimersAsync.
beforeAll(() => import('./parse-error-body'))
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('interceptors', () => {
  it('go through ofetch: every call of a custom fetch is preceded and followed by the hooks', async () => {
    const log: string[] = []
    const fake = fakeFetch(json({ ok: true }), json({ ok: true }))
    const fetch: typeof globalThis.fetch = (input, init) => {
      log.push('fetch')
      return fake.fetch(input, init)
    }
    const request = createRequester({
      fetch,
      onRequest: () => void log.push('onRequest'),
      onResponse: () => void log.push('onResponse'),
    })
    await request(get)
    await request({ ...get, fetch: fake.fetch })
    // The second call used its own fetch (Spec.fetch), still inside ofetch's pipeline.
    expect(log).toEqual(['onRequest', 'fetch', 'onResponse', 'onRequest', 'onResponse'])
    expect(fake.calls).toHaveLength(2)
  })

  it('run in order, arrays in their order, once per attempt under retries', async () => {
    const log: string[] = []
    const fake = fakeFetch(json({}, 503), new TypeError('fetch failed'), json({ ok: true }))
    const hook = (name: string) => (context: FetchContext) =>
      void log.push(`${name}:${context.response?.status ?? context.error?.message ?? '-'}`)
    const { value } = await call({
      fetch: fake.fetch,
      onRequest: [hook('req1'), hook('req2')],
      onRequestError: hook('reqError'),
      onResponse: hook('res'),
      onResponseError: hook('resError'),
    })
    expect(value).toEqual({ ok: true })
    expect(log).toEqual([
      'req1:-',
      'req2:-',
      'res:503',
      'resError:503',
      'req1:-',
      'req2:-',
      'reqError:fetch failed',
      'req1:-',
      'req2:-',
      'res:200',
    ])
  })

  it('a hook that throws fails the call with a typed error and no retry', async () => {
    for (const name of ['onRequest', 'onResponse', 'onResponseError'] as const) {
      const fake = fakeFetch(json({}, 500), json({}, 500), json({}, 500))
      const { error } = await call({ fetch: fake.fetch, [name]: () => Promise.reject(new Error('boom')) })
      expect(error).toBeInstanceOf(MistralBatchError)
      expect((error as Error).message).toBe(
        `[GET] "https://api.mistral.ai/x": the ${name} interceptor threw: boom`,
      )
      expect((error as Error).cause).toEqual(new Error('boom'))
      expect(fake.calls.length).toBe(name === 'onRequest' ? 0 : 1)
    }
    const fake = fakeFetch(new TypeError('fetch failed'))
    const { error } = await call({
      fetch: fake.fetch,
      onRequestError: () => {
        throw 'plain'
      },
    })
    expect([isMistralBatchError(error), fake.calls.length]).toEqual([true, 1])
  })

  it('a hook that throws one of our errors keeps it (an auth refresh may throw the ApiError it got)', async () => {
    const own = new TimeoutError('mine')
    const { error } = await call({ fetch: fakeFetch().fetch, onRequest: () => Promise.reject(own) })
    expect(error).toBe(own)
  })

  it('a header changed in onRequest is the one sent, on every attempt', async () => {
    let n = 0
    const fake = fakeFetch(json({}, 500), json({ ok: true }))
    await call({
      fetch: fake.fetch,
      apiKey: 'old',
      onRequest: ({ options }) => {
        options.headers.set('authorization', `Bearer fresh-${++n}`)
        options.headers.set('x-trace', `t${n}`)
      },
    })
    expect(fake.calls.map((r) => [r.headers.get('authorization'), r.headers.get('x-trace')])).toEqual([
      ['Bearer fresh-1', 't1'],
      ['Bearer fresh-2', 't2'],
    ])
  })

  it('an ApiError, not a FetchError, reaches the caller after onResponseError', async () => {
    const seen: unknown[] = []
    const { error } = await call({
      fetch: fakeFetch(json({ message: 'no' }, 400)).fetch,
      onResponseError: ({ response }) => void seen.push(response.status),
    })
    expect(seen).toEqual([400])
    expect(error).toBeInstanceOf(ApiError)
    expect(Object.getOwnPropertyNames(error)).not.toContain('options')
  })
})
