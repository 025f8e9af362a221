/** Response helpers in the error families of contract §10. */

/** One FastAPI-style validation error (`HTTPValidationError.detail[]`, contract §10). */
export interface DetailItem {
  type: string
  loc: (string | number)[]
  msg: string
  input: unknown
  ctx?: Record<string, unknown>
}

const JSON_HEADERS = { 'content-type': 'application/json' }

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } })
}

/** `{object:"error", message, type, param, code}`: the documented generic error shape (contract §10). */
export function apiError(
  status: number,
  message: string,
  type: 'invalid_request_error' | 'authentication_error' | 'rate_limit_error' | 'server_error',
  extra: { param?: string | null; code?: string | null; headers?: Record<string, string> } = {},
): Response {
  const body = { object: 'error', message, type, param: extra.param ?? null, code: extra.code ?? null }
  return json(body, status, extra.headers)
}

/** 422 with `{detail: [...]}`, the shape FastAPI gives invalid parameters (contract §10). */
export function unprocessable(detail: DetailItem[]): Response {
  return json({ detail }, 422)
}

export function notFound(what: 'File' | 'Batch job', id: string): Response {
  return apiError(404, `${what} not found: ${id}`, 'invalid_request_error', { code: 'not_found' })
}

export const missing = (loc: (string | number)[]): DetailItem => ({
  type: 'missing',
  loc,
  msg: 'Field required',
  input: null,
})
