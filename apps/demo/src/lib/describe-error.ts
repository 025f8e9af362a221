import {
  isApiError,
  isConnectionError,
  isInputValidationError,
  isResponseValidationError,
  isTimeoutError,
  type ValidationIssue,
} from '@mistral-batch/core'

/** What the error panel shows: a headline, the server's or runtime's own words, and what to do next. */
export interface ErrorDescription {
  title: string
  detail: string
  hint?: string
  issues?: readonly ValidationIssue[]
}

function apiErrorHint(status: number): Pick<ErrorDescription, 'title' | 'hint'> {
  if (status === 401)
    return {
      title: 'The API key was rejected (401)',
      hint: 'Check MISTRAL_API_KEY where the demo server runs, then restart it. The key never reaches this page.',
    }
  if (status === 403)
    return {
      title: 'Not allowed (403)',
      hint: 'This key has no access to the Batch API or to this resource.',
    }
  if (status === 404)
    return { title: 'Not found (404)', hint: 'It may have been deleted, or belong to another workspace.' }
  if (status === 413) return { title: 'Too large (413)', hint: 'Batch files are limited to 512 MB.' }
  if (status === 422 || status === 400)
    return {
      title: `The API refused the request (${status})`,
      hint: 'Fix the input named below and try again.',
    }
  if (status === 429)
    return { title: 'Rate limited (429)', hint: 'Too many requests for now: wait a moment, then retry.' }
  if (status >= 500)
    return {
      title: `The API had a problem (${status})`,
      hint: 'This is on the server side: retry in a moment.',
    }
  return { title: `Request failed (${status})` }
}

/** Turns anything thrown into words for a person, per failure kind (wrong key, network down, invalid input). */
export function describeError(error: unknown): ErrorDescription {
  if (isInputValidationError(error)) {
    return {
      title: 'The input is not valid',
      detail: error.message,
      hint: 'Nothing was uploaded. Fix the lines listed below.',
      issues: error.issues,
    }
  }
  if (isApiError(error)) return { ...apiErrorHint(error.status), detail: error.message }
  if (isConnectionError(error)) {
    return {
      title: 'Cannot reach the server',
      detail: error.message,
      hint: 'Is the demo server still running (pnpm demo), and is the network up? It retries by itself.',
    }
  }
  if (isTimeoutError(error)) {
    return { title: 'The server took too long to answer', detail: error.message, hint: 'Retry in a moment.' }
  }
  if (isResponseValidationError(error)) {
    return {
      title: 'The server answered something unexpected',
      detail: error.message,
      issues: error.issues,
      hint: 'The response did not match the documented shape of the Batch API.',
    }
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return { title: 'Cancelled', detail: 'The operation was stopped before it finished.' }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { title: 'Something went wrong', detail }
}
