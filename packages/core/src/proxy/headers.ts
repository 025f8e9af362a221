// Only what the Files and Batch routes need crosses the proxy. Cookies, the caller's Authorization,
// forwarding headers and anything else a browser sends stay behind (they could carry credentials or
// confuse the upstream).
const REQUEST_HEADERS = ['accept', 'content-type', 'range', 'if-range', 'user-agent', 'x-request-id']

// Hop-by-hop headers (RFC 9110 §7.6.1) and those the runtime's fetch invalidates: it has already
// decoded the body, so the upstream's content-encoding and content-length no longer describe it.
const DROPPED_RESPONSE_HEADERS = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'set-cookie',
  'upgrade',
  'proxy-authenticate',
]

/** The headers sent upstream: an allow-list of the caller's, plus the key. */
export function upstreamHeaders(incoming: Headers, apiKey: string): Headers {
  const headers = new Headers()
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name)
    if (value !== null) headers.set(name, value)
  }
  headers.set('authorization', `Bearer ${apiKey}`)
  return headers
}

/** The upstream's response headers, less those that would be wrong or unsafe downstream. */
export function downstreamHeaders(upstream: Headers): Headers {
  const headers = new Headers(upstream)
  for (const name of DROPPED_RESPONSE_HEADERS) headers.delete(name)
  return headers
}
