import { json, notFound, unprocessable } from '../http'
import { advance, requestCancel } from '../jobs/advance'
import { QueryReader } from '../query'
import { jobToWire } from '../store/jobs'
import { inlineOutputsResponse } from './inline-outputs'
import type { RouteArgs } from './types'

/** `GET /v1/batch/jobs/{id}` (contract §3.3); `?inline=true` adds `outputs`, the result lines so far. */
export function getJob({ ctx, id, url }: RouteArgs): Response {
  const q = new QueryReader(url.searchParams)
  const inline = q.bool('inline', false)
  if (q.issues.length > 0) return unprocessable(q.issues)
  const job = ctx.jobs.get(id)
  if (!job) return notFound('Batch job', id)
  advance(ctx, job, ctx.options.now())
  // `outputs`: every result line so far, successes then failures, streamed.
  if (inline) return inlineOutputsResponse(jobToWire(job), [job.output.bytes(), job.errorOutput.bytes()])
  return json(jobToWire(job))
}

/** `POST /v1/batch/jobs/{id}/cancel` (contract §3.5): CANCELLATION_REQUESTED now, CANCELLED soon after. */
export function cancelJob({ ctx, id }: RouteArgs): Response {
  const job = ctx.jobs.get(id)
  if (!job) return notFound('Batch job', id)
  requestCancel(ctx, job, ctx.options.now())
  return json(jobToWire(job))
}

/** `DELETE /v1/batch/jobs/{id}` (contract §3.4): the job is gone; its result files stay. */
export function deleteJob({ ctx, id }: RouteArgs): Response {
  return ctx.jobs.delete(id) ? json({ id, object: 'batch', deleted: true }) : notFound('Batch job', id)
}
