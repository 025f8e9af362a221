// The slice of Cloudflare's `WorkflowStep` these helpers call, declared structurally so that no
// Cloudflare package becomes a dependency: the `step` a `WorkflowEntrypoint.run` receives fits it, and so
// does any test double.

/** Cloudflare's `WorkflowStepConfig`, passed through to `step.do` untouched. */
export interface WorkflowStepConfig {
  /** How often and how fast the engine retries a step that throws. Defaults to the engine's own. */
  retries?: {
    limit: number
    delay: string | number
    backoff?: 'constant' | 'linear' | 'exponential' | undefined
  }
  /** How long one attempt may take. Defaults to the engine's own. */
  timeout?: string | number | undefined
}

/** What the helpers need from a Workflow step: durable `do` (result cached by name) and durable `sleep`. */
export interface WorkflowStep {
  do<T>(name: string, callback: () => Promise<T>): Promise<T>
  do<T>(name: string, config: WorkflowStepConfig, callback: () => Promise<T>): Promise<T>
  sleep(name: string, duration: number): Promise<void>
}

/** Runs `callback` as the durable step `name`, with `config` when one is given. */
export function runStep<T>(
  step: WorkflowStep,
  name: string,
  config: WorkflowStepConfig | undefined,
  callback: () => Promise<T>,
): Promise<T> {
  return config === undefined ? step.do(name, callback) : step.do(name, config, callback)
}
