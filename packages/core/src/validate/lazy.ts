import type { JsonlSource } from '../jsonl/source'
import type { BatchInputReport, ValidateBatchInputOptions } from './validate-input'

/**
 * Validates batch input before it is uploaded or sent; see the implementation in ./validate-input for
 * every check. The public entry point loads it on first call (the validator and its ten endpoint schemas),
 * so an app that imports the package, or calls `files.upload` without `validate`, does not ship it up
 * front. Why a wrapper and not `export … from './validate-input'`: esbuild assigns code to chunks file by
 * file, following every static import of the package's index, so a plain re-export would put the validator
 * in the client's first chunk even when only the client's lazy `import()` uses it.
 */
export async function validateBatchInput(
  source: JsonlSource | Iterable<unknown> | AsyncIterable<unknown>,
  options: ValidateBatchInputOptions = {},
): Promise<BatchInputReport> {
  const { validateBatchInput: validate } = await import('./validate-input')
  return validate(source, options)
}
