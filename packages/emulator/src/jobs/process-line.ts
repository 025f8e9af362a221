import { MODELS } from '../models'
import { isRecord } from '../models/text'
import { randomFor, uuidFrom } from '../random'
import type { StoredJob } from '../store/jobs'
import { validateLine } from '../validate-line'
import { drawFailure, type FailureFile, failureLine } from './fail-share'

export interface LineResult {
  ok: boolean
  /** The JSON text of the result line, contract §7 (ok) or §8 (failed). */
  line: string
  /** Which result file the line goes to. */
  file: FailureFile
}

/** What the emulator's options decide about a line beyond its content. */
export interface LineOptions {
  failRate: number
  seed: number | undefined
}

/**
 * A failed line keeps the §7 envelope: `response.status_code` 400 (the line is not a request at all) or
 * 422 (its body is invalid for the endpoint), `response.body` in the generic error shape of contract §10,
 * and the same message and code in `error`, so a reader that checks either field sees the failure (§8).
 */
function failure(id: string, custom_id: string, status: 400 | 422, message: string, param: string | null) {
  const code = status === 400 ? 'invalid_request_line' : 'invalid_request_body'
  const body = { object: 'error', message, type: 'invalid_request_error', param, code }
  return {
    ok: false,
    file: 'error' as const,
    line: JSON.stringify({
      id,
      custom_id,
      response: { status_code: status, body },
      error: { message, code },
    }),
  }
}

/**
 * Answers one input line. `custom_id` is echoed; a line without one gets its 0-based index, so every
 * result can still be keyed (the real behaviour is undocumented).
 */
export function processLine(
  job: StoredJob,
  text: string,
  index: number,
  created: number,
  options: LineOptions,
): LineResult {
  const id = `batch-${job.id.slice(0, 8)}-${index}-${uuidFrom(randomFor(`${job.id}:${index}`))}`
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return failure(id, String(index), 400, `Line ${index + 1} is not valid JSON.`, null)
  }
  if (!isRecord(parsed))
    return failure(id, String(index), 400, `Line ${index + 1} is not a JSON object.`, null)
  const rawId = parsed.custom_id
  const custom_id = typeof rawId === 'string' ? rawId : String(index)
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string') {
    return failure(id, custom_id, 400, '`custom_id` must be a string.', 'custom_id')
  }
  if (!isRecord(parsed.body)) return failure(id, custom_id, 400, '`body` must be a JSON object.', 'body')
  // "The model field inside body is optional when you specify the model at job creation time" (§6).
  const body =
    parsed.body.model === undefined && job.model !== null ? { ...parsed.body, model: job.model } : parsed.body
  const issues = validateLine(job.endpoint, body).filter((issue) => issue.severity !== 'warning')
  const first = issues[0]
  if (first) {
    const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
    return failure(id, custom_id, 422, message, first.path)
  }
  const injected = drawFailure(options.failRate, options.seed, job.id, index)
  if (injected) return { ok: false, file: injected, line: failureLine(id, custom_id, injected) }
  const model = MODELS[job.endpoint]
  if (!model) return failure(id, custom_id, 400, `Unsupported endpoint ${job.endpoint}.`, null)
  const response = { status_code: 200, body: model(body, { created }) }
  return { ok: true, file: 'output', line: JSON.stringify({ id, custom_id, response, error: null }) }
}
