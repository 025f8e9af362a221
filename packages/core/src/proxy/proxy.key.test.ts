import { describe, expect, it, vi } from 'vitest'
import { isInputValidationError } from '../errors'
import { createProxy } from './index'

const KEY = 'sk-proxy-secret-0123456789'

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('createProxy: the key is checked when the proxy is made', () => {
  it.each([
    ['a trailing newline', `${KEY}\n`],
    ['a trailing CRLF', `${KEY}\r\n`],
    ['a tab inside', `sk-a\tb-${KEY}`],
    ['a NUL', `${KEY}\u0000`],
    ['DEL', `${KEY}\u007f`],
    ['an escape sequence', `\u001b[0m${KEY}`],
  ])('refuses a key with %s: InputValidationError naming apiKey, without the key', (_, apiKey) => {
    const fetch = vi.fn()
    const error = thrown(() => createProxy({ apiKey, fetch }))
    expect(isInputValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/apiKey/)
    expect((error as Error).message).not.toContain(KEY)
    expect(JSON.stringify(error)).not.toContain(KEY)
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['an empty string', ''],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['an object', { key: KEY }],
  ])('refuses %s as apiKey with InputValidationError naming apiKey', (_, apiKey) => {
    const error = thrown(() => createProxy({ apiKey: apiKey as unknown as string }))
    expect(isInputValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/apiKey/)
  })

  it('refuses missing options with InputValidationError', () => {
    expect(isInputValidationError(thrown(() => createProxy(undefined as never)))).toBe(true)
  })

  it.each([
    ['returns a key with a newline', async () => `${KEY}\n`],
    ['returns a non-string', async () => 7 as unknown as string],
    [
      'throws with the key in its message',
      async (): Promise<string> => {
        throw new Error(`vault said ${KEY}`)
      },
    ],
  ])('answers a JSON 500 without the key, and sends nothing, when the key function %s', async (_, apiKey) => {
    const fetch = vi.fn()
    const proxy = createProxy({ apiKey, fetch: fetch as unknown as typeof globalThis.fetch })
    const response = await proxy(new Request('http://demo.local/v1/files'))
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({ object: 'error' })
    expect(text).not.toContain(KEY)
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('createProxy: the upstream is checked when the proxy is made', () => {
  it.each([
    ['api.mistral.ai'],
    ['127.0.0.1:8080'],
    ['ftp://files.example'],
    ['javascript:alert(1)'],
    [''],
    [42],
    [null],
  ])('refuses upstream %j with InputValidationError naming upstream', (upstream) => {
    const error = thrown(() => createProxy({ apiKey: KEY, upstream: upstream as string }))
    expect(isInputValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/upstream/)
    expect((error as Error).message).not.toContain(KEY)
  })
})
