import { ApiError, ConnectionError, TimeoutError } from '../errors'
import { isRetryableStatus } from '../http/retry'

/**
 * The one error policy of everything that polls (`jobs.wait`, the observers' poller): an error that
 * may pass by itself (the network, a timeout, 408, 429, 5xx: the statuses the HTTP layer retries) is
 * waited out with backoff and `Retry-After`; any other (401, 404, a malformed answer, bad input, a bug)
 * is final, since asking again would only get the same answer.
 */
export function isTransientError(error: unknown): boolean {
  if (ConnectionError.is(error) || TimeoutError.is(error)) return true
  return ApiError.is(error) && isRetryableStatus(error.status)
}
