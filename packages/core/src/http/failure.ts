import { FetchError } from 'ofetch'
import { ConnectionError, InputValidationError, isMistralBatchError, MistralBatchError } from '../errors'
import { HookFailure } from './transport'

/** Error codes that mean the connection was never made, so the server cannot have seen the request. */
const NEVER_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']
/** Codes of a programming error (a URL or argument fetch refuses): retrying cannot help. */
const PROGRAMMING = [
  'ERR_INVALID_URL',
  'ERR_INVALID_ARG_TYPE',
  'ERR_INVALID_ARG_VALUE',
  'UND_ERR_INVALID_ARG',
]

function codeOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  return typeof code === 'string' ? code : codeOf(cause, depth + 1)
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The cause to keep: the thrown value itself, or a plain copy of its message when that holds the key. */
function scrub(error: unknown, redact: (text: string) => string): unknown {
  const message = messageOf(error)
  return redact(message) === message ? error : new Error(redact(message))
}

/**
 * True when a network failure certainly happened before any byte reached the server (undici reports
 * `cause.code`, e.g. ECONNREFUSED). Browsers give no detail, so everything else counts as ambiguous.
 */
export function neverConnected(error: unknown): boolean {
  return NEVER_CONNECTED.includes(codeOf(error) ?? '')
}

/** Wraps a network failure; our own errors (TimeoutError, ResponseValidationError…) pass through. */
export function toConnectionError(error: unknown, describe: string, redact = (text: string) => text): Error {
  if (isMistralBatchError(error)) return error as Error
  return new ConnectionError(redact(`${describe}: ${messageOf(error)}`), { cause: scrub(error, redact) })
}

/**
 * Maps whatever an attempt threw to the classes of API.md. A caller's interceptor that threw one of ours
 * keeps it; anything else it threw becomes a MistralBatchError (not retried). A refused URL or argument
 * is an InputValidationError (not retried). The rest is the network: a ConnectionError.
 */
export function toFailure(error: unknown, describe: string, redact: (text: string) => string): Error {
  if (error instanceof HookFailure) {
    const { hook, error: thrown } = error
    if (isMistralBatchError(thrown)) return thrown as Error
    const message = redact(`${describe}: the ${hook} interceptor threw: ${messageOf(thrown)}`)
    // A FetchError from the hook's own ofetch call carries that call's headers: keep only its message.
    return new MistralBatchError(
      message,
      thrown instanceof FetchError ? {} : { cause: scrub(thrown, redact) },
    )
  }
  // An upload sent with redirect 'error' (see request.ts) that met a redirect: never re-sent anywhere.
  if (messageOf((error as { cause?: unknown } | null)?.cause) === 'unexpected redirect')
    return new MistralBatchError(
      redact(`${describe}: redirect refused: a POST is never re-sent to another URL`),
    )
  if (PROGRAMMING.includes(codeOf(error) ?? ''))
    return new InputValidationError(redact(`${describe}: fetch refused the request (check baseURL)`), [
      { path: 'baseURL', message: redact(messageOf(error)) },
    ])
  return toConnectionError(error, describe, redact)
}
