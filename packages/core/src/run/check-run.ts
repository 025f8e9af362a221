import { invalidInput } from '../errors'
import { checkRunOptions } from '../input/checks'
import { checkWaitTiming } from '../observe/poll-options'

const isIterable = (value: unknown) =>
  typeof value === 'object' && value !== null && (Symbol.iterator in value || Symbol.asyncIterator in value)

/**
 * `batch.run`'s argument checks, made by the client's calls (client-chunk.ts) before run.ts loads, so a
 * bad argument is refused without loading `run` at all.
 */
export function checkRun(requests: unknown, options: unknown): void {
  if (!isIterable(requests))
    invalidInput('requests', 'requests must be an iterable or async iterable of request objects')
  checkWaitTiming(options, '')
  checkRunOptions(options)
}
