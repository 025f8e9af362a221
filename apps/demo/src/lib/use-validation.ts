import { validateBatchInput } from '@mistral-batch/core'
import { useEffect, useState } from 'react'

export type ValidationResult = Awaited<ReturnType<typeof validateBatchInput>>

export interface ValidationState {
  /** The result for the current input, or undefined while it is checked (or there is no input). */
  result?: ValidationResult
  validating: boolean
  /** Reading or parsing failed outright (not an issue with a line). */
  error?: unknown
}

/**
 * Validates the batch input in the browser as soon as it changes (debounced for typing): the same checks
 * the upload would fail on, listed by line, before a single byte is sent. A body whose `model` differs
 * from the job's is a warning, not an error.
 */
export function useValidation(
  source: Blob | string | null,
  endpoint: string,
  model: string,
  debounceMs = 250,
): ValidationState {
  const [state, setState] = useState<ValidationState>({ validating: false })
  useEffect(() => {
    if (source === null || (typeof source === 'string' && source.trim() === '')) {
      setState({ validating: false })
      return
    }
    let current = true
    setState({ validating: true })
    const timer = setTimeout(
      () => {
        validateBatchInput(source, { endpoint, model: model.trim() || undefined })
          .then((result) => {
            if (current) setState({ result, validating: false })
          })
          .catch((error: unknown) => {
            if (current) setState({ error, validating: false })
          })
      },
      // Typing (rows or the model) re-validates once the keys pause, a big file included.
      debounceMs,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [source, endpoint, model, debounceMs])
  return state
}

/** Errors block the upload; warnings are shown but do not. */
export function blockingIssues(result: ValidationResult | undefined): number {
  return result?.issues.filter((issue) => (issue.severity ?? 'error') === 'error').length ?? 0
}
