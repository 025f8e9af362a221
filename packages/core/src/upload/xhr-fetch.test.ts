import { afterEach, describe, expect, it, vi } from 'vitest'
import { xhrFetch } from './xhr-fetch'

/** Just enough of XMLHttpRequest to script one exchange; the real one is driven in Chromium (tests/runtimes). */
class FakeXhr {
  static last: FakeXhr | undefined
  opened: [string, string] | undefined
  headers: Record<string, string> = {}
  sent: unknown
  aborted = false
  status = 0
  statusText = ''
  response: unknown = null
  responseType = ''
  withCredentials = false
  rawHeaders = ''
  upload: { onprogress: ((e: { loaded: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  constructor() {
    FakeXhr.last = this
  }
  open(method: string, url: string) {
    this.opened = [method, url]
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getAllResponseHeaders() {
    return this.rawHeaders
  }
  send(body: unknown) {
    this.sent = body
  }
  abort() {
    this.aborted = true
    this.onabort?.()
  }
  answer(status: number, body: string | null, rawHeaders = '') {
    Object.assign(this, { status, statusText: 'S', response: new Blob([body ?? '']), rawHeaders })
    this.onload?.()
  }
}

const xhr = () => FakeXhr.last as FakeXhr
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('xhrFetch', () => {
  it('sends method, url, headers and the FormData, reports upload progress, answers with a Response', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const sent: number[] = []
    const form = new FormData()
    const pending = xhrFetch((n) => sent.push(n))('http://h/v1/files', {
      method: 'POST',
      headers: new Headers({ authorization: 'Bearer k', accept: 'application/json' }),
      body: form,
    })
    expect(xhr().opened).toEqual(['POST', 'http://h/v1/files'])
    expect(xhr().headers).toEqual({ authorization: 'Bearer k', accept: 'application/json' })
    expect(xhr().sent).toBe(form)
    expect(xhr().responseType).toBe('blob')
    xhr().upload.onprogress?.({ loaded: 10 })
    xhr().upload.onprogress?.({ loaded: 25 })
    xhr().answer(201, '{"id":"f"}', 'content-type: application/json\r\nx-request-id: r1\r\n')
    const response = await pending
    expect(sent).toEqual([10, 25])
    expect(response.status).toBe(201)
    expect(response.headers.get('x-request-id')).toBe('r1')
    expect(await response.json()).toEqual({ id: 'f' })
  })

  it('rejects with a TypeError on a network failure, as fetch does', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const pending = xhrFetch(() => {})('http://h/', { method: 'POST' })
    xhr().onerror?.()
    await expect(pending).rejects.toBeInstanceOf(TypeError)
  })

  it('aborts the XHR and rejects with the signal reason, unwrapped; an aborted signal sends nothing', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const controller = new AbortController()
    const pending = xhrFetch(() => {})('http://h/', { method: 'POST', signal: controller.signal })
    const reason = new Error('stop')
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
    expect(xhr().aborted).toBe(true)
    FakeXhr.last = undefined
    await expect(xhrFetch(() => {})('http://h/', { signal: controller.signal })).rejects.toBe(reason)
    expect(FakeXhr.last).toBeUndefined()
  })

  it('gives a null-body status an empty Response instead of throwing', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const pending = xhrFetch(() => {})('http://h/', { method: 'DELETE' })
    xhr().answer(204, null)
    const response = await pending
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
  })
})
