import type { Context } from '../context'
import type { ResolvedOptions } from '../options'
import { linesOf } from '../store/bytes'
import { isTerminal, type JobStatus, type StoredJob } from '../store/jobs'
import { processLine } from './process-line'

function* allLines(job: StoredJob): Generator<string> {
  for (const input of job.inputs) yield* linesOf(input)
}

/** Processes lines until `count` are done, appending each result to the output or error bytes. */
function processUpTo(job: StoredJob, count: number, options: ResolvedOptions): void {
  const { requestsPerSecond } = options
  job.cursor ??= allLines(job)
  const startedMs = job.started_ms ?? 0
  while (job.processed < count) {
    const next = job.cursor.next()
    if (next.done) break
    // Each answer is stamped with the time its line was due, not the time it was observed.
    const dueMs = startedMs + Math.ceil(((job.processed + 1) * 1000) / requestsPerSecond)
    const result = processLine(job, next.value, job.processed, Math.floor(dueMs / 1000), options)
    job.processed++
    if (result.ok) job.succeeded++
    else job.failed++
    const file = result.file === 'output' ? job.output : job.errorOutput
    file.writeLine(result.line)
  }
}

/**
 * Ends a job at `atMs`: writes its output file (when it ever started) and its error file (only when
 * something failed) as real files, `purpose: batch`, `source: mistral` (contract §4, §7, §8).
 */
function finish(ctx: Context, job: StoredJob, status: JobStatus, atMs: number): void {
  job.status = status
  job.completed_ms = atMs
  job.cursor = null
  job.inputs = []
  if (job.started_ms === null) return
  const created_at = Math.floor(atMs / 1000)
  const common = { purpose: 'batch', source: 'mistral', created_at, mimetype: 'application/jsonl' } as const
  const output = ctx.files.add({
    ...common,
    id: ctx.newId(),
    filename: `batch-${job.id}-output.jsonl`,
    sample_type: 'batch_result',
    signature: job.id.slice(0, 16),
    content: job.output.bytes(),
  })
  job.output_file = output.id
  // A failure may also sit in the output file as a non-2xx result; the error file holds the rest.
  if (job.errorOutput.lines > 0) {
    const errors = ctx.files.add({
      ...common,
      id: ctx.newId(),
      filename: `batch-${job.id}-error.jsonl`,
      sample_type: 'batch_error',
      signature: job.id.slice(0, 16),
      content: job.errorOutput.bytes(),
    })
    job.error_file = errors.id
  }
}

/**
 * Brings a job up to date with the clock: QUEUED until `startDelayMs` has passed, then RUNNING with
 * `requestsPerSecond` lines done per second, then SUCCESS (FAILED when every line failed), or
 * TIMEOUT_EXCEEDED at `timeout_hours` with partial results. Called on every observation of the job.
 */
export function advance(ctx: Context, job: StoredJob, now: number): void {
  if (isTerminal(job.status)) return
  const { startDelayMs, cancelDelayMs, requestsPerSecond } = ctx.options
  if (job.status === 'CANCELLATION_REQUESTED') {
    const cancelAt = (job.cancel_requested_ms ?? now) + cancelDelayMs
    if (now >= cancelAt) finish(ctx, job, 'CANCELLED', cancelAt)
    return
  }
  const startAt = job.created_ms + startDelayMs
  const deadline = job.created_ms + job.timeout_hours * 3_600_000
  if (now < startAt && now < deadline) return
  if (startAt >= deadline) {
    finish(ctx, job, 'TIMEOUT_EXCEEDED', deadline)
    return
  }
  if (job.started_ms === null) {
    job.started_ms = startAt
    job.status = 'RUNNING'
  }
  const finishAt = startAt + Math.ceil((job.total * 1000) / requestsPerSecond)
  const until = Math.min(now, deadline)
  const due = Math.min(job.total, Math.floor(((until - startAt) * requestsPerSecond) / 1000))
  processUpTo(job, finishAt <= until ? job.total : due, ctx.options)
  if (finishAt <= until) {
    if (job.total === 0) job.errors.push({ message: 'The batch contains no requests.', count: 1 })
    finish(ctx, job, job.succeeded === 0 ? 'FAILED' : 'SUCCESS', finishAt)
  } else if (now >= deadline) {
    job.errors.push({ message: `The job exceeded its timeout of ${job.timeout_hours} hours.`, count: 1 })
    finish(ctx, job, 'TIMEOUT_EXCEEDED', deadline)
  }
}

/**
 * Cancellation: progress stops now, and the job reads CANCELLATION_REQUESTED until an observation at least
 * `cancelDelayMs` later finds it CANCELLED, with partial results (contract §3.5).
 */
export function requestCancel(ctx: Context, job: StoredJob, now: number): void {
  advance(ctx, job, now)
  if (isTerminal(job.status) || job.status === 'CANCELLATION_REQUESTED') return
  job.status = 'CANCELLATION_REQUESTED'
  job.cancel_requested_ms = now
}
