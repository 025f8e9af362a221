import type { check, parseBody } from '../http/parse'
import type { ResultLine, ResultLineSchema } from '../schemas/result'

/** One typed result of a batch job, from the output file, the error file or inline `outputs`. */
export interface BatchResult {
  /** The request's `custom_id` (contract §7: key results by it, never by order). `''` when absent. */
  custom_id: string
  /** True when `error` is null and `response.status_code` is 2xx (contract §8). */
  ok: boolean
  /** The endpoint's answer for this request, when there is one. */
  response?: { status_code: number; body?: unknown }
  /** The line's error (an object or a string; the error-file format is undocumented, §8). */
  error?: unknown
  /** The server's opaque id of the line (§7). */
  id?: string
}

/**
 * Classifies one line: a failure if `error != null`, `response == null`, or status_code ∉ 2xx (§8).
 * Properties are added one by one rather than spread from temporaries: one object per line, not four.
 */
function toResult({ id, custom_id, response, error }: ResultLine): BatchResult {
  const result: BatchResult = {
    custom_id: custom_id ?? '',
    ok: error == null && response != null && response.status_code >= 200 && response.status_code < 300,
  }
  if (response != null) result.response = response
  if (error != null) result.error = error
  if (id != null) result.id = id
  return result
}

// Arrays count as objects here, as they do for valibot's object schema.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
const isText = (value: unknown) => value == null || typeof value === 'string'

/**
 * ResultLineSchema checked by hand, for the shape of every line of an output file (§7): running the schema
 * on each of a million lines costs more than parsing them, and its copies are most of the garbage. Any
 * other line goes through the schema, so an off-contract one fails exactly as the schema says. Unlike the
 * schema, this keeps `response`'s own object, so keys it does not know (§7 has none) stay on it.
 */
const fits = (data: unknown): data is ResultLine =>
  isRecord(data) &&
  isText(data.id) &&
  isText(data.custom_id) &&
  (data.response == null || (isRecord(data.response) && typeof data.response.status_code === 'number'))

/**
 * The client's schema checks and the line schema, handed in: this module is part of the results reader's
 * lazy chunk, which then imports nothing of the client (not even valibot, whose chunk it would split).
 */
export interface SchemaChecks {
  check: typeof check
  parseBody: typeof parseBody
  ResultLineSchema: typeof ResultLineSchema
}

/**
 * The line parser: parses one raw line (text from a file, or an inline `outputs` item). `where` names it
 * in errors, with `line` appended when given (built only on failure: a string per line would be garbage
 * at a million).
 */
export const resultParser =
  ({ check, parseBody, ResultLineSchema }: SchemaChecks) =>
  (raw: unknown, where: string, line?: number): BatchResult => {
    let data = raw
    try {
      if (typeof raw === 'string') data = JSON.parse(raw)
    } catch {}
    if (fits(data)) return toResult(data)
    const name = line === undefined ? where : `${where}, line ${line}`
    // The schema decides, and names the line in its error (non-JSON text included).
    return toResult(
      typeof raw === 'string' ? parseBody(raw, ResultLineSchema, name) : check(ResultLineSchema, raw, name),
    )
  }
