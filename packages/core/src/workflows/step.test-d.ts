// Cloudflare's own step types must fit the structural `WorkflowStep`, so that a `WorkflowEntrypoint`
// passes its `step` to the helpers as is. Declared here in the shapes @cloudflare/workers-types has had
// (this workspace does not install it): a plain callback, a callback with a step context and rollback
// options, and results constrained to serializable values.
import { expectTypeOf } from 'vitest'
import type { WorkflowStep } from './step'

type Duration = `${number} ${'second' | 'seconds' | 'minute' | 'minutes' | 'hour' | 'hours'}` | number
type StepConfig = {
  retries?: { limit: number; delay: Duration; backoff?: 'constant' | 'linear' | 'exponential' }
  timeout?: Duration
}
type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
interface StepContext {
  step: { name: string; count: number }
  attempt: number
  config: StepConfig
}

declare abstract class CloudflareStep2024 {
  do<T extends Json>(name: string, callback: () => Promise<T>): Promise<T>
  do<T extends Json>(name: string, config: StepConfig, callback: () => Promise<T>): Promise<T>
  sleep: (name: string, duration: Duration) => Promise<void>
  sleepUntil: (name: string, timestamp: Date | number) => Promise<void>
}

declare abstract class CloudflareStep2026 {
  do<T>(
    name: string,
    callback: (ctx: StepContext) => Promise<T>,
    rollback?: { rollback: (ctx: unknown) => Promise<void> },
  ): Promise<T>
  do<T>(
    name: string,
    config: StepConfig,
    callback: (ctx: StepContext) => Promise<T>,
    rollback?: { rollback: (ctx: unknown) => Promise<void> },
  ): Promise<T>
  sleep: (name: string, duration: Duration) => Promise<void>
  waitForEvent<T>(name: string, options: { type: string }): Promise<{ payload: T }>
}

expectTypeOf<CloudflareStep2024>().toExtend<WorkflowStep>()
expectTypeOf<CloudflareStep2026>().toExtend<WorkflowStep>()
// And not anything at all: a step without a durable sleep does not fit.
expectTypeOf<{ do: CloudflareStep2026['do'] }>().not.toExtend<WorkflowStep>()
