import * as v from 'valibot'
import { checkInput } from '../input/check-input'
import type { ObserveOptions } from './poll-delay'

/** A delay in ms: a positive number (Infinity and larger values are clamped where they are used). */
const delayMs = v.optional(v.pipe(v.number(), v.gtValue(0)))
const finiteDelayMs = v.optional(v.pipe(v.number(), v.finite(), v.gtValue(0)))

const PollOptionsSchema = v.object({ intervalMs: finiteDelayMs, maxIntervalMs: delayMs })
const WaitTimingSchema = v.object({ ...PollOptionsSchema.entries, maxWaitMs: delayMs })

/**
 * Refuses polling options that would flood or stall (0, negative, NaN, a string from an env var) with an
 * InputValidationError naming the option, before any request. Valid values are still clamped when used
 * (clampPollDelay), so no input can make a poll come sooner than 100 ms.
 */
export function checkPollOptions(options: ObserveOptions | null | undefined, root = 'options'): void {
  checkInput(v.nullish(PollOptionsSchema), options, root)
}

/** checkPollOptions plus `maxWaitMs`, the deadline of a whole `jobs.wait`. */
export function checkWaitTiming(options: unknown, root = 'options'): void {
  checkInput(v.nullish(WaitTimingSchema), options, root)
}
