import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, file, json } from '../../test/helpers/fake-fetch'
import { isTimeoutError } from '../errors'
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
})
