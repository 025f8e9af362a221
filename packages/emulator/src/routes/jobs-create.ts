import { apiError, type DetailItem, json, unprocessable } from '../http'
import { type Bytes, ChunkWriter, countLines } from '../store/bytes'
import { jobToWire, newJob } from '../store/jobs'
import { checkCreateBody } from './jobs-validate'
import type { RouteArgs } from './types'

/** `POST /v1/batch/jobs` (contract §3.1): validates, snapshots the inputs, and queues the job. */
export async function createJob({ ctx, request }: RouteArgs): Promise<Response> {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return unprocessable([{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error', input: {} }])
  }
  const checked = checkCreateBody(body, ctx.options.maxInlineRequests)
  if (Array.isArray(checked)) return unprocessable(checked)

  const inputs: Bytes[] = []
  const wrongPurpose: DetailItem[] = []
  for (const [index, fileId] of (checked.input_files ?? []).entries()) {
    const file = ctx.files.get(fileId)
    if (!file) {
      return apiError(404, `File not found: ${fileId}`, 'invalid_request_error', {
        param: 'input_files',
        code: 'not_found',
      })
    }
    if (file.purpose !== 'batch') {
      wrongPurpose.push({
        type: 'value_error',
        loc: ['body', 'input_files', index],
        msg: `Value error, file ${fileId} has purpose '${file.purpose}'; batch inputs need purpose 'batch'`,
        input: fileId,
      })
    }
    inputs.push(file.content)
  }
  if (wrongPurpose.length > 0) return unprocessable(wrongPurpose)
  if (checked.requests) {
    // Inline requests become JSONL bytes too, so both kinds of job run through one code path.
    const writer = new ChunkWriter()
    for (const line of checked.requests) writer.writeLine(JSON.stringify(line))
    inputs.push(writer.bytes())
  }

  const total = inputs.reduce((sum, bytes) => sum + countLines(bytes), 0)
  const max = ctx.options.maxRequestsPerJob
  if (total > max) {
    // Contract §9 gives the limit, not the answer: a 400 in the generic error shape (§10), nothing made.
    const message = `The batch has ${total} requests; the maximum per job is ${max}.`
    return apiError(400, message, 'invalid_request_error', {
      param: checked.requests ? 'requests' : 'input_files',
      code: 'too_many_requests',
    })
  }
  const job = newJob({
    id: ctx.newId(),
    endpoint: checked.endpoint,
    model: checked.model,
    agent_id: checked.agent_id,
    metadata: checked.metadata,
    input_files: checked.input_files ?? [],
    timeout_hours: checked.timeout_hours,
    created_ms: ctx.options.now(),
    inputs,
    total,
  })
  ctx.jobs.add(job)
  return json(jobToWire(job))
}
