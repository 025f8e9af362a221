import { InputValidationError, isInputValidationError, type ValidationIssue } from '@mistral-batch/core'
import { expect } from 'vitest'

/** Awaits `work`, which must reject, and returns what it rejected with. */
export async function rejection(work: Promise<unknown> | (() => Promise<unknown>)): Promise<unknown> {
  const promise = typeof work === 'function' ? work() : work
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`)
    },
    (error: unknown) => error,
  )
}

/**
 * The catalogue's one assertion for input errors: the class (guard and instanceof), the message, and the
 * issue naming the field (`path`) and, for JSONL, the line.
 */
export async function expectInputError(
  work: Promise<unknown> | (() => Promise<unknown>),
  expected: { message: RegExp; path: string; line?: number; custom_id?: string },
): Promise<InputValidationError> {
  const error = await rejection(work)
  expect(isInputValidationError(error)).toBe(true)
  expect(error).toBeInstanceOf(InputValidationError)
  const err = error as InputValidationError
  expect(err.message).toMatch(expected.message)
  const issue = err.issues.find((i: ValidationIssue) => i.severity !== 'warning')
  expect(issue).toBeDefined()
  expect(issue?.path).toBe(expected.path)
  if (expected.line !== undefined) expect(issue?.line).toBe(expected.line)
  if (expected.custom_id !== undefined) expect(issue?.custom_id).toBe(expected.custom_id)
  return err
}
