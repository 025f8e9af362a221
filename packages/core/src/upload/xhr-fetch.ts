/** Called with the bytes of the request body sent so far (the whole multipart body, framing included). */
export type OnSent = (bytes: number) => void

/** Headers as `Headers`, from the raw CRLF list XHR gives (`getAllResponseHeaders`). */
function parseHeaders(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  return headers
}

// Statuses a Response may not carry a body with (Fetch standard, "null body status").
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A fetch-compatible function backed by XMLHttpRequest, for one reason: `xhr.upload.onprogress` is the
 * only upload progress browsers expose (fetch has none). It sends what fetch would (method, headers,
 * the FormData body, credentials) and answers with a real Response, so the requester's timeout, abort,
 * retry, reconcile and error mapping apply unchanged. As with fetch, an abort rejects with
 * `signal.reason` and a network failure with a TypeError.
 */
export function xhrFetch(onSent: OnSent): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const { signal } = init
      if (signal?.aborted) return reject(signal.reason)
      const xhr = new XMLHttpRequest()
      const onAbort = () => xhr.abort()
      const done = () => signal?.removeEventListener('abort', onAbort)
      xhr.open(init.method ?? 'GET', String(input instanceof Request ? input.url : input))
      xhr.responseType = 'blob'
      xhr.withCredentials = init.credentials === 'include'
      new Headers(init.headers).forEach((value, name) => {
        xhr.setRequestHeader(name, value)
      })
      xhr.upload.onprogress = (event) => onSent(event.loaded)
      xhr.onload = () => {
        done()
        const body = NULL_BODY.has(xhr.status) ? null : (xhr.response as Blob)
        const headers = parseHeaders(xhr.getAllResponseHeaders())
        resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers }))
      }
      xhr.onerror = () => {
        done()
        reject(new TypeError('Failed to fetch'))
      }
      xhr.onabort = () => {
        done()
        reject(signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError'))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null)
    })
}
