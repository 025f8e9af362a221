// Loaded on the first non-2xx answer only (see toApiError): most calls succeed and never need it.

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
