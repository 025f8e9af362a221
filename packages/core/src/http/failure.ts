import { ConnectionError, isMistralBatchError } from '../errors'

/** Error codes that mean the connection was never made, so the server cannot have seen the request. */
const NEVER_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL']

function codeOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  return typeof code === 'string' ? code : codeOf(cause, depth + 1)
}

/**
 * True when a network failure certainly happened before any byte reached the server (undici reports
 * `cause.code`, e.g. ECONNREFUSED). Browsers give no detail, so everything else counts as ambiguous.
 */
export function neverConnected(error: unknown): boolean {
  return NEVER_CONNECTED.includes(codeOf(error) ?? '')
}

/** Wraps a network failure; our own errors (TimeoutError, ResponseValidationError…) pass through. */
export function toConnectionError(error: unknown, describe: string): Error {
  if (isMistralBatchError(error)) return error as Error
  const reason = error instanceof Error ? error.message : String(error)
  return new ConnectionError(`${describe}: ${reason}`, { cause: error })
}
