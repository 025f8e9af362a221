import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, file, json } from '../../test/helpers/fake-fetch'
import { isInputValidationError, isTimeoutError } from '../errors'
import { createRequester } from '../http/request'
import { upload } from './upload'

const hang = (request: Request) =>
  new Promise<Response>((_, reject) =>
    request.signal.addEventListener('abort', () => reject(request.signal.reason)),
  )
const noList = () => ({ async *[Symbol.asyncIterator]() {} })

afterEach(() => {
  vi.useRealTimers()
})

describe('files.upload', () => {
  it('grows the default timeout with the file size (headers come after the body is sent)', async () => {
    vi.useFakeTimers()
    const fake = fakeFetch(hang)
    const request = createRequester({ fetch: fake.fetch, timeoutMs: 50, retry: false })
    const caught = upload(request, noList, 'x'.repeat(256 * 100)).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(140)
    expect(fake.calls).toHaveLength(1)
    let settled = false
    void caught.then(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(20)
    expect(isTimeoutError(await caught)).toBe(true)
  })

  it('keeps a per-call timeoutMs exactly', async () => {
    vi.useFakeTimers()
    const request = createRequester({ fetch: fakeFetch(hang).fetch, retry: false })
    const caught = upload(request, noList, 'x'.repeat(256 * 100), { timeoutMs: 10 }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(11)
    expect(isTimeoutError(await caught)).toBe(true)
  })

  it('ignores a same-named file of another size or from long ago when looking a lost upload up', async () => {
    const old = Math.floor(Date.now() / 1000) - 3600
    const listed = [
      file({ filename: 'in.jsonl', bytes: 999 }),
      file({ filename: 'in.jsonl', bytes: 2, created_at: old }),
    ]
    const list = () => ({
      async *[Symbol.asyncIterator]() {
        yield* listed as never[]
      },
    })
    const made = file({ id: 'new', filename: 'in.jsonl', bytes: 2 })
    const fake = fakeFetch(new TypeError('terminated'), json(made))
    const request = createRequester({
      fetch: fake.fetch,
      retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 },
    })
    expect(await upload(request, list, 'x\n', { file_name: 'in.jsonl' })).toMatchObject({ id: 'new' })
    expect(fake.calls).toHaveLength(2)
  })

  describe('validate', () => {
    const chatBody = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }
    const lines = (...items: unknown[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`
    const rejected = async (
      input: string,
      validate: NonNullable<Parameters<typeof upload>[3]>['validate'],
    ) => {
      const fake = fakeFetch()
      const request = createRequester({ fetch: fake.fetch, retry: false })
      const error = await upload(request, noList, input, { validate }).catch((e: unknown) => e)
      return { error, calls: fake.calls }
    }

    it.each([
      ['a line that is not JSON', `${JSON.stringify({ custom_id: 'a', body: chatBody })}\n{"custom_id":`, 2],
      [
        'a duplicate custom_id',
        lines({ custom_id: 'a', body: chatBody }, { custom_id: 'a', body: chatBody }),
        2,
      ],
      ['a body that is not an object', lines({ custom_id: 'a', body: 'hi' }), 1],
      ['a custom_id that is not a string', lines({ custom_id: 7, body: chatBody }), 1],
    ])('with validate: true, rejects %s and sends nothing', async (_, input, line) => {
      const { error, calls } = await rejected(input, true)
      expect(isInputValidationError(error)).toBe(true)
      expect((error as { issues: { line?: number }[] }).issues[0]?.line).toBe(line)
      expect(calls).toHaveLength(0)
    })

    it('without validate, still rejects an empty file and sends nothing (its size is known for free)', async () => {
      const { error, calls } = await rejected('', false)
      expect(isInputValidationError(error)).toBe(true)
      expect((error as Error).message).toMatch(/empty/)
      expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe('file')
      expect(calls).toHaveLength(0)
    })

    it('without validate, rejects a file over 512 MB before reading or sending it', async () => {
      const fake = fakeFetch()
      const request = createRequester({ fetch: fake.fetch, retry: false })
      // A Blob that only claims its size: nothing here reads 513 MB.
      const huge = new Blob(['x'])
      Object.defineProperty(huge, 'size', { value: 513 * 1024 * 1024 })
      const error = await upload(request, noList, huge).catch((e: unknown) => e)
      expect(isInputValidationError(error)).toBe(true)
      expect((error as Error).message).toMatch(/over the API's 512 MB limit/)
      expect(fake.calls).toHaveLength(0)
    })

    it('with validate: true, rejects an empty file and sends nothing', async () => {
      const { error, calls } = await rejected('\n', true)
      expect(isInputValidationError(error)).toBe(true)
      expect(calls).toHaveLength(0)
    })

    it('with validate: true, does not check the body against an endpoint, and sends a valid file', async () => {
      const made = file({ id: 'sent' })
      const fake = fakeFetch(json(made))
      const request = createRequester({ fetch: fake.fetch, retry: false })
      // No `messages`: invalid for chat completions, but no endpoint was named.
      const input = lines({ custom_id: 'a', body: { model: 'm' } })
      expect(await upload(request, noList, input, { validate: true })).toMatchObject({ id: 'sent' })
      expect(fake.calls).toHaveLength(1)
    })

    it('with validate: { endpoint }, rejects a body of the wrong shape for it and sends nothing', async () => {
      const input = lines({ custom_id: 'a', body: { model: 'm' } })
      const { error, calls } = await rejected(input, { endpoint: '/v1/chat/completions' })
      expect(isInputValidationError(error)).toBe(true)
      expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe('body.messages')
      expect(calls).toHaveLength(0)
    })

    it('with validate: { endpoint, model }, sends a valid file whose body model differs (a warning only)', async () => {
      const fake = fakeFetch(json(file({ id: 'sent' })))
      const request = createRequester({ fetch: fake.fetch, retry: false })
      const input = lines({ custom_id: 'a', body: chatBody })
      const validate = { endpoint: '/v1/chat/completions', model: 'other' } as const
      expect(await upload(request, noList, input, { validate })).toMatchObject({ id: 'sent' })
      expect(fake.calls).toHaveLength(1)
    })
  })
})
