import { InputValidationError } from '../errors'
import type { ValidateBatchInputOptions } from '../validate/validate-input'

/**
 * Runs validateBatchInput and throws InputValidationError (with every issue) when the input is invalid,
 * so nothing is sent. Imported lazily: the validator and its ten endpoint schemas are about 2 KB gzipped,
 * and with a code-splitting bundler (Vite, Rollup, webpack) they load only when `validate` is used.
 */
export async function validateOrThrow(
  source: Blob | Iterable<unknown> | AsyncIterable<unknown>,
  options: ValidateBatchInputOptions,
): Promise<void> {
  const { validateBatchInput } = await import('../validate/validate-input')
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
