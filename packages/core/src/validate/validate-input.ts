import type { ValidationIssue } from '../errors'
import { readBatches } from '../jsonl/lines'
import type { JsonlSource } from '../jsonl/source'
import type { ApiEndpoint } from '../schemas/enums'
import { checkRequest, type LineContext } from './check-request'
import { checkTotals } from './check-totals'
import { ENDPOINT_SCHEMAS } from './endpoints/index'
import { validateRequestBody } from './request-body'
import { notUtf8, strictUtf8 } from './utf8'

/** Options of {@link validateBatchInput}. */
export interface ValidateBatchInputOptions {
  /**
   * The job's endpoint; each body is checked against its schema. Defaults to none: the bodies' shapes
   * are not checked, and every other check (JSON per line, objects, `body`, `custom_id`, limits) still runs.
   */
  endpoint?: ApiEndpoint | (string & {}) | undefined
  /** The job's model: a body whose `model` differs gets a warning. Defaults to none (not compared). */
  model?: string | undefined
  /** Issues kept in the report; later ones are only counted in `total_issues`. Defaults to 1_000. */
  maxIssues?: number | undefined
  /** Stops reading with the signal's reason. Defaults to none. */
  signal?: AbortSignal | undefined
  /** The size limit of a batch file, in bytes. Defaults to MAX_BATCH_FILE_BYTES (512 MiB). */
  maxBytes?: number | undefined
  /** The request-count limit of a batch file. Defaults to MAX_BATCH_FILE_REQUESTS (1_000_000). */
  maxRequests?: number | undefined
}

/** The outcome of {@link validateBatchInput}. */
export interface BatchInputReport {
  /** No issue of severity `error` (warnings do not count). */
  ok: boolean
  /** Requests seen (non-blank lines, or items of an iterable). */
  count: number
  /** The first `maxIssues` issues, errors and warnings, in input order (file-level ones last). */
  issues: ValidationIssue[]
  /** All issues found, including those past `maxIssues`. */
  total_issues: number
  /** The input's size as JSONL, in bytes (what an upload would send). */
  bytes: number
}

const isSerialized = (source: unknown): source is JsonlSource =>
  typeof source === 'string' ||
  source instanceof Uint8Array ||
  (typeof source === 'object' && source !== null && ('getReader' in source || 'stream' in source))

/**
 * Validates batch input before it is uploaded or sent (contract §6, §9), streaming: a 512 MB file is read
 * piece by piece and only the custom_ids are kept. `source` is JSONL (a string, bytes, a Blob or a stream)
 * or an iterable of request objects (line = 1-based position). Checks every line is a JSON object, `body`
 * an object, `custom_id` a unique string, the body's shape for the endpoint (when `options.endpoint` is
 * given), the size and count limits, an empty input, and (as warnings) a body `model` that differs from
 * `options.model`.
 */
export async function validateBatchInput(
  source: JsonlSource | Iterable<unknown> | AsyncIterable<unknown>,
  options: ValidateBatchInputOptions = {},
): Promise<BatchInputReport> {
  const max = options.maxIssues ?? 1_000
  const issues: ValidationIssue[] = []
  let total = 0
  let errors = 0
  const sink = {
    add(issue: ValidationIssue) {
      total++
      if (issue.severity !== 'warning') errors++
      if (issues.length < max) issues.push(issue)
    },
  }
  const { endpoint } = options
  const known = endpoint !== undefined && Object.hasOwn(ENDPOINT_SCHEMAS, endpoint)
  // An unknown endpoint is one issue, not one per line; the lines still get the generic checks.
  if (endpoint !== undefined && !known) for (const issue of validateRequestBody(endpoint, {})) sink.add(issue)
  const context: LineContext = {
    sink,
    endpoint: known ? endpoint : undefined,
    model: options.model,
    seen: new Map(),
  }
  let count = 0
  let bytes = 0
  if (isSerialized(source)) {
    // A fatal decoder here, not in the shared reader: invalid UTF-8 is an issue naming its line (§6: UTF-8 JSONL).
    const stats = { bytes: 0, decode: strictUtf8((line) => sink.add(notUtf8(line))) }
    for await (const { texts, lines } of readBatches(source, options.signal, stats)) {
      for (const [i, text] of texts.entries()) {
        const line = lines[i] as number
        count++
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch (error) {
          sink.add({
            line,
            path: '',
            message: `Not valid JSON: ${(error as Error).message}`,
            severity: 'error',
          })
          continue
        }
        checkRequest(value, line, context)
      }
    }
    bytes = stats.bytes
  } else {
    const encoder = new TextEncoder()
    for await (const value of source) {
      options.signal?.throwIfAborted()
      count++
      let json: string | undefined
      try {
        json = JSON.stringify(value)
      } catch (error) {
        sink.add({
          line: count,
          path: '',
          message: `Not JSON-serializable: ${(error as Error).message}`,
          severity: 'error',
        })
        continue
      }
      // Pure-ASCII JSON (the common case) has as many bytes as characters; skip the encode then.
      bytes +=
        (json === undefined ? 0 : /[^\0-\x7f]/.test(json) ? encoder.encode(json).length : json.length) + 1
      checkRequest(value, count, context)
    }
  }
  checkTotals(sink, count, bytes, options)
  return { ok: errors === 0, count, issues, total_issues: total, bytes }
}
