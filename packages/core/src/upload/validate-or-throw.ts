import { InputValidationError } from '../errors'
import { validateBatchInput } from '../validate/lazy'
import type { ValidateBatchInputOptions } from '../validate/validate-input'

/**
 * Runs validateBatchInput and throws InputValidationError (with every issue) when the input is invalid,
 * so nothing is sent. The validator loads on first use (see validate/lazy.ts): with a code-splitting
 * bundler (Vite, Rollup, webpack, esbuild) it is a separate chunk, fetched only when `validate` is used.
 */
export async function validateOrThrow(
  source: Blob | Iterable<unknown> | AsyncIterable<unknown>,
  options: ValidateBatchInputOptions,
): Promise<void> {
  const report = await validateBatchInput(source, options)
  if (!report.ok) {
    const first = report.issues.find((issue) => issue.severity !== 'warning') ?? report.issues[0]
    const where = first?.line ? `line ${first.line}: ` : ''
    throw new InputValidationError(
      `Invalid batch input (${report.total_issues} issues), ${where}${first?.message}`,
      report.issues,
    )
  }
}
