import { InputValidationError, type ValidationIssue } from '../errors'
import { type LineBatch, readBatches } from './lines'
import type { JsonlSource } from './source'

/** Options of {@link parseJsonl}. */
export interface ParseJsonlOptions {
  /**
   * What a line that is not valid JSON does:
   * - `'throw'`: the iteration throws an `InputValidationError` naming the line, and the source is released;
   * - `'skip'`: the line is dropped silently and not recorded (memory stays flat on a file of garbage);
   * - `'collect'`: the line is dropped and an issue naming it is pushed to `issues`.
   *
   * Defaults to `'throw'`.
   */
  onInvalid?: 'throw' | 'skip' | 'collect'
  /** Stops the iteration (and cancels the source stream) with the signal's reason. Defaults to none. */
  signal?: AbortSignal
}

/** The values of a JSONL source, plus the invalid lines met so far (`onInvalid: 'collect'` only). */
export interface ParsedJsonl<T> extends AsyncIterable<T> {
  readonly issues: ValidationIssue[]
}

/**
 * Parses a JSONL source (a stream such as `response.body`, a Blob, a string or bytes) value by value,
 * streaming: it holds the stream's current chunk and the text of 32 KB of lines (or of one longer line).
 * Blank lines are skipped; every error names its 1-based line number ("Line 3 is not valid JSON: …").
 * The values are not validated: `T` is the caller's claim. A stream source can be iterated once.
 */
export function parseJsonl<T = unknown>(
  source: JsonlSource,
  options: ParseJsonlOptions = {},
): ParsedJsonl<T> {
  const mode = options.onInvalid ?? 'throw'
  const issues: ValidationIssue[] = []
  return {
    issues,
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const batches = readBatches(source, options.signal)
      let batch: LineBatch = { texts: [], lines: [], line: 0, end: 0 }
      let index = 0
      // A hand-written iterator over batches of lines: one async step per value, not two nested generators.
      return {
        async next(): Promise<IteratorResult<T>> {
          for (;;) {
            const { texts } = batch
            while (index < texts.length) {
              const i = index++
              try {
                return { value: JSON.parse(texts[i] as string) as T, done: false }
              } catch (error) {
                if (mode === 'skip') continue
                const line = batch.lines[i] as number
                const issue: ValidationIssue = {
                  line,
                  path: '',
                  message: `Line ${line} is not valid JSON: ${(error as Error).message}`,
                  severity: 'error',
                }
                if (mode === 'collect') {
                  issues.push(issue)
                  continue
                }
                await batches.return(undefined)
                throw new InputValidationError(issue.message, [issue])
              }
            }
            const step = await batches.next()
            if (step.done) return { value: undefined, done: true }
            batch = step.value
            index = 0
          }
        },
        async return(): Promise<IteratorResult<T>> {
          await batches.return(undefined)
          return { value: undefined, done: true }
        },
      }
    },
  }
}
