import { inspect } from 'node:util'
import { createFetchError } from 'ofetch'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, json, type Step } from '../../test/helpers/fake-fetch'
import {
  ApiError,
  ConnectionError,
  InputValidationError,
  MistralBatchError,
  ResponseValidationError,
  TimeoutError,
} from '../errors'
import type { ClientConfig } from './options'
import { jsonOf } from './parse'
import { createRequester, type Spec } from './request'

const KEY = 'sk-walk-every-path-0123'
const Ok = v.object({ ok: v.boolean() })

/** Every string reachable from `root`: own properties (getters included), causes, headers, to depth 8. */
function reachable(root: unknown): string[] {
  const out: string[] = []
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') out.push(value)
    if (depth > 8 || (typeof value !== 'object' && typeof value !== 'function') || value === null) return
    if (seen.has(value)) return
    seen.add(value)
    if (value instanceof Headers) for (const [name, item] of value) out.push(`${name}: ${item}`)
    for (const key of Reflect.ownKeys(value)) {
      try {
        visit(Reflect.get(value, key), depth + 1)
      } catch {}
    }
  }
  visit(root, 0)
  return out
}

const hang: Step = (request) =>
  new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)))
const echo = (status: number) =>
  new Response(`{"message":"bad key ${KEY}"}`, {
    status,
    statusText: `Echo ${KEY}`,
    headers: { 'www-authenticate': `Bearer ${KEY}`, 'content-type': 'application/json' },
  })
const nested = createFetchError({
  request: 'https://other.test',
  options: { headers: new Headers({ authorization: `Bearer ${KEY}` }) },
  error: new Error('nested call failed'),
})
const get: Spec<unknown> = { method: 'GET', path: '/x', parse: jsonOf(Ok) }

// [path, class, client options, spec]
const paths: [string, abstract new (...args: never[]) => Error, ClientConfig, Spec<unknown>?][] = [
  ['401 echoing the key in body, status text and headers', ApiError, { fetch: fakeFetch(echo(401)).fetch }],
  ['the same on a download', ApiError, { fetch: fakeFetch(echo(403)).fetch }, { method: 'GET', path: '/d' }],
  ['500 after every retry', ApiError, { fetch: fakeFetch(echo(500), echo(500), echo(500)).fetch }],
  ['2xx off contract', ResponseValidationError, { fetch: fakeFetch(json({ ok: KEY })).fetch }],
  ['2xx not JSON', ResponseValidationError, { fetch: fakeFetch(new Response(`<p>${KEY}</p>`)).fetch }],
  [
    'network error quoting the header',
    ConnectionError,
    { fetch: fakeFetch(...Array(3).fill(new TypeError(`Bearer ${KEY} refused`))).fetch },
  ],
  ['timeout', TimeoutError, { fetch: fakeFetch(hang, hang, hang).fetch, timeoutMs: 50 }],
  [
    'a URL fetch refuses',
    InputValidationError,
    { fetch: fakeFetch(new TypeError(`bad ${KEY}`, { cause: { code: 'ERR_INVALID_URL' } })).fetch },
  ],
  [
    'onRequest throwing the header',
    MistralBatchError,
    {
      fetch: fakeFetch().fetch,
      onRequest: ({ options }) => {
        throw new Error(String(options.headers.get('authorization')))
      },
    },
  ],
  [
    'onResponse throwing a nested FetchError',
    MistralBatchError,
    {
      fetch: fakeFetch(json({ ok: true })).fetch,
      onResponse: () => {
        throw nested
      },
    },
  ],
  [
    'a POST answered by a redirect',
    ApiError,
    {
      fetch: fakeFetch(
        new Response(null, { status: 302, headers: { location: `https://evil.test/?k=${KEY}` } }),
      ).fetch,
    },
    { method: 'POST', path: '/x', json: {}, parse: jsonOf(Ok) },
  ],
  [
    'a key function returning a newline',
    InputValidationError,
    { fetch: fakeFetch().fetch, apiKey: async () => `${KEY}\n` },
  ],
]

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the key never leaves through an error', () => {
  it.each(paths)('%s', async (_name, type, config, spec = get) => {
    const outcome = createRequester({ apiKey: KEY, ...config })(spec).catch((e: unknown) => e)
    await vi.runAllTimersAsync()
    const error = await outcome
    expect(error).toBeInstanceOf(type)
    const texts = [
      String(error),
      JSON.stringify(error),
      (error as Error).stack ?? '',
      inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
      ...reachable(error),
    ]
    expect(texts.filter((text) => text.includes(KEY))).toEqual([])
  })

  it('createClient refuses a key with a control character without echoing it', () => {
    for (const bad of [`${KEY}\n`, ` ${KEY}`, `${KEY}\u0000`, `sk-é${KEY}`, '', 42, null]) {
      const error = (() => {
        try {
          createRequester({ apiKey: bad as string })
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(InputValidationError)
      expect((error as InputValidationError).issues[0]?.path).toBe('apiKey')
      expect(inspect(error, { showHidden: true })).not.toContain(KEY)
    }
  })
})
