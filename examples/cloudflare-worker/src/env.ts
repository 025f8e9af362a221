// The few Workers runtime types this example uses (so it needs no @cloudflare/workers-types).

/** The Worker's bindings, as declared in wrangler.toml. */
export interface Env {
  /** KV namespace where the cron handler stores the latest job id. */
  BATCH_JOBS: KVNamespace
  /** Secret. When unset, an in-Worker emulator answers instead of the real API. */
  MISTRAL_API_KEY?: string
  /** Defaults to 'https://api.mistral.ai'. */
  MISTRAL_BASE_URL?: string
}

export interface KVNamespace {
  get(key: string): Promise<string | null>
  put(key: string, value: string): Promise<void>
}

export interface ScheduledController {
  readonly cron: string
  readonly scheduledTime: number
}

export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}
