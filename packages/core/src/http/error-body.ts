import { ApiError } from '../errors'

/** Response headers that carry a request id, most specific first (`x-request-id` is what Mistral sends). */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'mistral-correlation-id', 'x-kong-request-id']

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** `{detail: [{loc, msg}]}` (FastAPI's HTTPValidationError, contract §10) → "body.model: Field required". */
function detailList(detail: unknown[]): string {
  return detail
    .map((item) => {
      if (!isObj(item)) return String(item)
      const loc = Array.isArray(item.loc) ? item.loc.join('.') : ''
      const msg = str(item.msg) ?? JSON.stringify(item)
      return loc ? `${loc}: ${msg}` : msg
    })
    .join('; ')
}

/**
 * Reads the message and fields out of every error-body family of contract §10:
 * `{object:"error"|"Error", message, type, param, code: string|number}`, `{detail: string, message?, …}`,
 * `{detail: ValidationError[]}`, and non-JSON text (a gateway's 502 page), which is kept as the raw body.
 */
export function parseErrorBody(text: string): {
  body: unknown
  message?: string | undefined
  type?: string | undefined
  code?: string | number | undefined
  param?: string | undefined
} {
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: keep the text; the message gets its first words, tags and whitespace collapsed.
    const plain = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    return { body: text, message: plain === '' ? undefined : plain.slice(0, 200) }
  }
  if (!isObj(body)) return { body }
  const { detail } = body
  const fromDetail = Array.isArray(detail) ? detailList(detail) : str(detail)
  const message = [fromDetail, str(body.message)].filter(Boolean).join(': ') || undefined
  const code = typeof body.code === 'number' ? body.code : str(body.code)
  return { body, message, type: str(body.type), code, param: str(body.param) }
}

/**
 * Builds the ApiError for a non-2xx response. The caller has already redacted the key from `text`;
 * `redact` also runs over the status text and every header value, since a server may echo the
 * Authorization it received (e.g. in `www-authenticate`), and `console.log(err)` prints the headers.
 */
export function toApiError(
  response: Response,
  method: string,
  url: string,
  text: string,
  redact: (value: string) => string = (value) => value,
): ApiError {
  const parsed = parseErrorBody(text)
  const headers = new Headers()
  response.headers.forEach((value, name) => {
    headers.set(name, redact(value))
  })
  const status = redact(`${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
  const request_id = REQUEST_ID_HEADERS.map((name) => headers.get(name)).find((v) => v) ?? undefined
  return new ApiError({
    message: `[${method}] "${url}": ${status}${parsed.message ? ` ${parsed.message}` : ''}`,
    status: response.status,
    body: parsed.body,
    method,
    url,
    headers,
    type: parsed.type,
    code: parsed.code,
    param: parsed.param,
    request_id,
  })
}
