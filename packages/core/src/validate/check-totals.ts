import type { ValidationIssue } from '../errors'
import { BATCH_FILE_REQUESTS_WARNING, MAX_BATCH_FILE_BYTES, MAX_BATCH_FILE_REQUESTS } from './limits'

/** File-level checks, once the whole input has streamed by: empty, too big, too many requests (contract §9). */
export function checkTotals(
  sink: { add(issue: ValidationIssue): void },
  count: number,
  bytes: number,
  options: { maxBytes?: number | undefined; maxRequests?: number | undefined },
): void {
  const add = (message: string, severity: 'error' | 'warning' = 'error') =>
    sink.add({ path: '', message, severity })
  const maxBytes = options.maxBytes ?? MAX_BATCH_FILE_BYTES
  const maxRequests = options.maxRequests ?? MAX_BATCH_FILE_REQUESTS
  if (count === 0)
    add('The input has no requests: a batch needs at least one line {"custom_id": …, "body": {…}}')
  if (bytes > maxBytes)
    add(
      `The input is ${mb(bytes)}, over the ${mb(maxBytes)} limit of a batch file; split it into several jobs`,
    )
  if (count > maxRequests)
    add(
      `The input has ${count} requests, over the ${maxRequests} limit of a batch; split it into several jobs`,
    )
  else if (count > BATCH_FILE_REQUESTS_WARNING && maxRequests > BATCH_FILE_REQUESTS_WARNING)
    add(
      `The input has ${count} requests; Mistral's known-limitations page caps a batch at 100,000`,
      'warning',
    )
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
