// The few Workers runtime types this example uses (so it needs no @cloudflare/workers-types).
declare module 'cloudflare:workers' {
  import type { WorkflowStep } from '@mistral-batch/core/workflows'

  export interface WorkflowEvent<T> {
    readonly payload: Readonly<T>
    readonly timestamp: Date
    readonly instanceId: string
  }

  export abstract class WorkflowEntrypoint<Env = unknown, T = unknown> {
    protected readonly env: Env
    constructor(ctx: unknown, env: Env)
    abstract run(event: WorkflowEvent<T>, step: WorkflowStep): Promise<unknown>
  }
}
