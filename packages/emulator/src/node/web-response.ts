import type { ServerResponse } from 'node:http'
import { apiError } from '../http'

/** Waits until `res` can take more, or is gone; leaves no listener behind either way. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

function headersOf(response: Response, res: ServerResponse): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  // The handler answered before reading the whole body (a 413 at the size limit): the unread rest
  // cannot be skipped safely, so this connection ends with this response.
  if (res.req && !res.req.complete) headers.connection = 'close'
  return headers
}

/** The JSON 500 sent instead of a response Node refuses to write (a header with a control character). */
async function sendUnwritable(res: ServerResponse): Promise<void> {
  const fallback = apiError(500, 'The response could not be sent: a header is invalid.', 'server_error')
  res.writeHead(fallback.status, headersOf(fallback, res))
  res.end(await fallback.text())
}

/**
 * Writes a Web `Response` to a Node response, streaming the body with backpressure. The status and
 * headers go out first (writeHead), so a body that fails at once still reaches the client as a short
 * body after a 200, which is how a download cut mid-file looks on the wire. Never rejects: a response
 * Node refuses to write (a header with a control character) becomes a JSON 500.
 */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  try {
    res.writeHead(response.status, response.statusText || undefined, headersOf(response, res))
  } catch {
    await response.body?.cancel().catch(() => {})
    if (!res.headersSent) await sendUnwritable(res)
    else res.destroy()
    return
  }
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  // The client went away: stop pulling from the handler (e.g. a proxied download).
  res.once('close', () => {
    if (!res.writableFinished) reader.cancel().catch(() => {})
  })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      // Respect backpressure, so a 1 GB download is never buffered in the socket.
      if (!res.write(value)) await drained(res)
    }
    res.end()
  } catch {
    // The body failed mid-stream (a truncation fault, an upstream cut): cut the connection so the client
    // sees a short body rather than a clean end.
    res.destroy()
  }
}
