import { check, parseBody } from '../http/parse'
import { type ResultLine, ResultLineSchema } from '../schemas/result'

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

/** Classifies one line: a failure if `error != null`, `response == null`, or status_code ∉ 2xx (§8). */
export function toResult(line: ResultLine): BatchResult {
  const { response, error, id } = line
  const ok = error == null && response != null && response.status_code >= 200 && response.status_code < 300
  return {
    custom_id: line.custom_id ?? '',
    ok,
    ...(response != null ? { response } : {}),
    ...(error != null ? { error } : {}),
    ...(id != null ? { id } : {}),
  }
}

/** Parses one raw line (text from a file, or an inline `outputs` item); `where` names it in errors. */
export const parseResult = (raw: unknown, where: string): BatchResult =>
  toResult(
    typeof raw === 'string' ? parseBody(raw, ResultLineSchema, where) : check(ResultLineSchema, raw, where),
  )
