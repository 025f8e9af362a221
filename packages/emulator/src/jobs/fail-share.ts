import { randomFor } from '../random'

/** Where an injected failure is written: the error file, or the output file as a non-2xx result. */
export type FailureFile = 'output' | 'error'

/**
 * Whether line `index` of `jobId` fails on purpose (`failRate`), and how. The draw is a hash of the seed,
 * the job and the line, so a seeded emulator fails the same lines on every run, while a retry job (a new
 * id) draws afresh: retried lines can succeed. Half the failures go to the error file, half stay in the
 * output file with a non-2xx status, the two forms a client must collect (contract §8).
 */
export function drawFailure(
  failRate: number,
  seed: number | undefined,
  jobId: string,
  index: number,
): FailureFile | undefined {
  if (failRate <= 0) return undefined
  const random = randomFor(`fail:${seed ?? 0}:${jobId}:${index}`)
  if (random() >= failRate) return undefined
  return random() < 0.5 ? 'error' : 'output'
}

const FAILURES = {
  error: {
    status: 500,
    message: 'Emulated failure: the request could not be processed.',
    type: 'server_error',
    code: 'emulated_failure',
  },
  output: {
    status: 429,
    message: 'Emulated failure: rate limit exceeded while processing the request.',
    type: 'rate_limit_error',
    code: 'emulated_rate_limit',
  },
} as const

/**
 * The result line of an injected failure, in the §7 envelope: `response.status_code` non-2xx with a
 * generic error body (§10). In the error file `error` carries the message too (as for invalid lines);
 * in the output file `error` is null, as a reader that only checks the status code would find it.
 */
export function failureLine(id: string, custom_id: string, file: FailureFile): string {
  const { status, message, type, code } = FAILURES[file]
  const body = { object: 'error', message, type, param: null, code }
  const error = file === 'error' ? { message, code } : null
  return JSON.stringify({ id, custom_id, response: { status_code: status, body }, error })
}
