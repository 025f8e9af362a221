import { describe, expect, it } from 'vitest'
import { fakeFetch, json } from '../../test/helpers/fake-fetch'
import { createClient } from '../client'
import { InputValidationError } from '../errors'
import type { ClientConfig } from './options'

/** The InputValidationError a function throws, or a failure when it does not throw one. */
function refusal(make: () => unknown): InputValidationError {
  try {
    make()
  } catch (error) {
    if (error instanceof InputValidationError) return error
    throw error
  }
  throw new Error('expected an InputValidationError')
}

describe('createClient checks its options when it is made', () => {
  it.each<[string, Record<string, unknown>]>([
    ['baseURL', { baseURL: 'api.mistral.ai' }],
    ['baseURL', { baseURL: '127.0.0.1:8080' }],
    ['baseURL', { baseURL: 'localhost:8080' }],
    ['baseURL', { baseURL: 'ftp://files.test' }],
    ['baseURL', { baseURL: 42 }],
    ['timeoutMs', { timeoutMs: '5000' }],
    ['timeoutMs', { timeoutMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: -1 }],
    ['timeoutMs', { timeoutMs: null }],
    ['retry', { retry: true }],
    ['retry', { retry: 'no' }],
    ['retry.retries', { retry: { retries: '2' } }],
    ['retry.retries', { retry: { retries: 1.5 } }],
    ['retry.minDelayMs', { retry: { minDelayMs: Number.NaN } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: -1 } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: Number.POSITIVE_INFINITY } }],
    ['fetch', { fetch: 'fetch' }],
    ['onRequest', { onRequest: 'log' }],
    ['onResponseError', { onResponseError: [() => {}, 1] }],
    ['headers', { headers: { 'bad name': 'x' } }],
    ['headers', { headers: { 'x-a': 'line\nbreak' } }],
    ['apiKey', { apiKey: 'sk-123\n' }],
  ])('refuses a bad %s: %j', (field, options) => {
    const fake = fakeFetch()
    const error = refusal(() => createClient({ fetch: fake.fetch, ...options } as ClientConfig))
    expect(error.issues[0]?.path).toBe(field)
    expect(error.message).toContain(field)
    expect(fake.calls).toHaveLength(0)
  })

  it('accepts the documented forms', () => {
    for (const options of [
      {},
      { baseURL: 'http://127.0.0.1:8080/' },
      { baseURL: 'https://proxy.test/api', timeoutMs: 0, retry: false as const },
      { timeoutMs: Number.POSITIVE_INFINITY, retry: { retries: 0, minDelayMs: 0 } },
      { apiKey: () => 'k', onRequest: [() => {}], headers: new Headers({ 'x-a': '1' }) },
    ])
      expect(() => createClient(options)).not.toThrow()
  })

  it('checks per-call options before sending anything', async () => {
    const fake = fakeFetch(json({}))
    const client = createClient({ fetch: fake.fetch })
    for (const options of [{ timeoutMs: 'soon' }, { retry: { retries: -1 } }, { headers: { 'a b': '1' } }]) {
      const error = await client.files.get('f', options as never).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputValidationError)
    }
    expect(fake.calls).toHaveLength(0)
  })

  it('never retries a URL that fetch refuses (a programming error, not the network)', async () => {
    let calls = 0
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      calls++
      return globalThis.fetch(new Request('http://[not-a-host', init))
    }
    const client = createClient({ fetch, retry: { retries: 3, minDelayMs: 1 } })
    const error = await client.batch.jobs.get('j').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputValidationError)
    expect(calls).toBe(1)
  })
})
