import type { invalidInput } from '../errors'
import type { CallOptions } from '../http/request'
import type { Files } from '../resources/files'
import type { Jobs } from '../resources/jobs'
import type { WaitOptions } from '../resources/wait'
import type { BatchResult } from '../results/result'
import type { ApiEndpoint } from '../schemas/enums'
import type { BatchJob, BatchRequest } from '../schemas/job'
import type { validateOrThrow } from '../upload/validate-or-throw'
import { INLINE_MAX_BYTES, INLINE_MAX_REQUESTS } from './inline'
import { peek } from './peek'

/** Options of `batch.run`. */
export interface RunOptions
  extends CallOptions,
    Pick<WaitOptions, 'intervalMs' | 'maxIntervalMs' | 'maxWaitMs' | 'onUpdate'> {
  /** One of the ten batchable endpoints. */
  endpoint: ApiEndpoint
  /** The model for every request. Defaults to none (each body names its own). */
  model?: string | undefined
  /** Job metadata (keys 1–32 chars, values 1–512). Defaults to none. */
  metadata?: Record<string, string> | undefined
  /** Integer 1–168. Defaults to 24 (server side). */
  timeout_hours?: number | undefined
  /** Validate every request for the endpoint first; InputValidationError and nothing sent. Defaults to false. */
  validate?: boolean | undefined
  /**
   * `true`: inline requests (max 10,000); `false`: upload a JSONL file. Defaults to automatic: inline up to
   * INLINE_MAX_REQUESTS (1,000) requests and INLINE_MAX_BYTES (1 MiB), an upload beyond.
   */
  inline?: boolean | undefined
}

/** What `run` uses of the client, handed in rather than imported (ResultsKit in results/results.ts says why). */
export type RunDeps = {
  files: Pick<Files, 'upload'>
  jobs: Pick<Jobs, 'create' | 'wait'>
  results: (job: BatchJob, options: CallOptions) => AsyncIterable<BatchResult>
  validateOrThrow: typeof validateOrThrow
  invalidInput: typeof invalidInput
}

/**
 * The whole flow in one call: upload (or inline), create, wait, then read every result into an array.
 * It resolves with the terminal job whatever its status (check `job.status`), and `results` holds every
 * line of the output and error files. For very large jobs prefer the steps, and `for await` the results.
 * Its arguments were checked by the client already (check-run.ts).
 */
export async function run(
  deps: RunDeps,
  requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
  options: RunOptions,
): Promise<{ job: BatchJob; results: BatchResult[] }> {
  const {
    endpoint,
    model,
    metadata,
    timeout_hours,
    validate,
    inline,
    intervalMs,
    maxIntervalMs,
    maxWaitMs,
    onUpdate,
    ...call
  } = options
  const limit = inline === true ? 10_000 : INLINE_MAX_REQUESTS
  const { head, fits, rest } = await peek(requests, limit, inline === true ? Infinity : INLINE_MAX_BYTES)
  if (head.length === 0) deps.invalidInput('requests', 'requests must hold at least one request')
  const useInline = inline === true || (inline === undefined && fits)
  const target = { endpoint, ...(model === undefined ? {} : { model }) }
  const job = { endpoint, model, metadata, timeout_hours }
  let created: BatchJob
  if (useInline) {
    const signal = call.signal
    if (validate)
      await deps.validateOrThrow(head, { ...target, maxRequests: 10_000, ...(signal ? { signal } : {}) })
    created = await deps.jobs.create({ ...job, requests: head }, call)
  } else {
    const file = await deps.files.upload(rest, { ...call, ...(validate ? { validate: target } : {}) })
    created = await deps.jobs.create({ ...job, input_files: [file.id] }, call)
  }
  // `call.timeoutMs` stays per request inside the wait too; only `maxWaitMs` bounds the whole wait.
  const done = await deps.jobs.wait(created.id, { ...call, intervalMs, maxIntervalMs, maxWaitMs, onUpdate })
  const results: BatchResult[] = []
  for await (const result of deps.results(done, call)) results.push(result)
  return { job: done, results }
}
