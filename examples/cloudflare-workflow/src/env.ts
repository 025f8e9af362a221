// The Worker's bindings (wrangler.toml) and the slice of their runtime types this example uses.
import type { PipelineParams } from './params'

export interface Env {
  /** The Workflow that runs a pipeline (class BatchPipeline). */
  PIPELINE: Workflow<PipelineParams>
  /** Inputs (`inputs/…`) and results (`results/<group_id>/…`). */
  BUCKET: R2Bucket
  /** Secret. When unset, an in-Worker emulator answers instead of the real API. */
  MISTRAL_API_KEY?: string
  /** Defaults to 'https://api.mistral.ai'. */
  MISTRAL_BASE_URL?: string
  /** The first sleep between two polls of a group. Defaults to 30000. */
  POLL_INTERVAL_MS?: string
}

export interface R2Bucket {
  head(key: string): Promise<object | null>
  get(key: string): Promise<{ body: ReadableStream<Uint8Array> } | null>
  put(key: string, value: string): Promise<unknown>
}

export interface Workflow<Params> {
  create(options: { id?: string; params: Params }): Promise<WorkflowInstance>
  get(id: string): Promise<WorkflowInstance>
}

export interface WorkflowInstance {
  readonly id: string
  status(): Promise<{ status: string; output?: unknown; error?: { name: string; message: string } }>
}
