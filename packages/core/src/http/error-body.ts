import { ApiError } from '../errors'

/** Response headers that carry a request id, most specific first (`x-request-id` is what Mistral sends). */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'mistral-correlation-id', 'x-kong-request-id']

/**
 * Builds the ApiError for a non-2xx response. The reader of the §10 body families loads on the first one
 * (a lazy chunk: most calls succeed). The caller has already redacted the key from `text`; `redact` also
 * runs over the status text and every header value, since a server may echo the Authorization it
 * received (e.g. in `www-authenticate`), and `console.log(err)` prints the headers.
 */
export async function toApiError(
  response: Response,
  method: string,
  url: string,
  text: string,
  redact: (value: string) => string = (value) => value,
): Promise<ApiError> {
  const { parseErrorBody } = await import('./parse-error-body')
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
