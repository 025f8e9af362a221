import type { IncomingMessage, ServerResponse } from 'node:http'
import { toWebRequest, UnusableRequest } from './web-request'
import { sendWebResponse } from './web-response'

/** A Web fetch handler: an emulator's `fetch`, `createProxy`'s handler, or any `(Request) => Response`. */
export type WebHandler = (request: Request) => Promise<Response>

/**
 * Answers one Node request with `handler`, whatever arrives: an unusable request gets its 400/405 JSON,
 * and a handler failure goes to `onError` (which must answer or destroy). Never rejects.
 */
export function handleNodeRequest(
  handler: WebHandler,
  req: IncomingMessage,
  res: ServerResponse,
  onError: (error: unknown) => void,
): void {
  let request: Request
  try {
    request = toWebRequest(req, res)
  } catch (error) {
    if (error instanceof UnusableRequest) void sendWebResponse(res, error.response)
    else onError(error)
    return
  }
  handler(request)
    .then((response) => sendWebResponse(res, response), onError)
    .catch(() => res.destroy())
}

/**
 * A Node/Connect/Express middleware serving `handler` for every path under one of `prefixes` (e.g.
 * '/v1/'), and passing anything else on: how the demo mounts the emulator (or a proxy) inside Vite's own
 * server, and how you can mount it in yours.
 */
export function nodeMiddleware(handler: WebHandler, prefixes: readonly string[]) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
    if (!prefixes.some((prefix) => path.startsWith(prefix))) {
      next()
      return
    }
    handleNodeRequest(handler, req, res, (error) => {
      if (res.headersSent) res.destroy()
      else next(error)
    })
  }
}
