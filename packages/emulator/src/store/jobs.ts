import { type Bytes, ChunkWriter } from './bytes'

export type JobStatus =
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCESS'
  | 'FAILED'
  | 'TIMEOUT_EXCEEDED'
  | 'CANCELLATION_REQUESTED'
  | 'CANCELLED'

const TERMINAL: readonly JobStatus[] = ['SUCCESS', 'FAILED', 'TIMEOUT_EXCEEDED', 'CANCELLED']
export const isTerminal = (status: JobStatus): boolean => TERMINAL.includes(status)

/**
 * A job's whole state. Progress is computed lazily from the clock (jobs/advance.ts), so no timers run.
 * Per-line results are appended as encoded bytes as soon as a line is processed; no per-line objects
 * are kept, which is what lets a 100,000-request job fit in memory.
 */
export interface StoredJob {
  id: string
  endpoint: string
  model: string | null
  agent_id: string | null
  metadata: Record<string, string> | null
  input_files: string[]
  timeout_hours: number
  created_ms: number
  /** Snapshots of the inputs' bytes: deleting an input file mid-run changes nothing. */
  inputs: Bytes[]
  total: number
  /** The next unprocessed line; created when the job starts, dropped when it ends. */
  cursor: Iterator<string> | null
  processed: number
  succeeded: number
  failed: number
  status: JobStatus
  started_ms: number | null
  completed_ms: number | null
  cancel_requested_ms: number | null
  output: ChunkWriter
  errorOutput: ChunkWriter
  output_file: string | null
  error_file: string | null
  errors: { message: string; count: number }[]
}

/** What creating a job decides; the rest of a StoredJob starts empty (newJob). */
export type NewJob = Pick<
  StoredJob,
  | 'id'
  | 'endpoint'
  | 'model'
  | 'agent_id'
  | 'metadata'
  | 'input_files'
  | 'timeout_hours'
  | 'created_ms'
  | 'inputs'
  | 'total'
>

export function newJob(init: NewJob): StoredJob {
  return {
    ...init,
    cursor: null,
    processed: 0,
    succeeded: 0,
    failed: 0,
    status: 'QUEUED',
    started_ms: null,
    completed_ms: null,
    cancel_requested_ms: null,
    output: new ChunkWriter(),
    errorOutput: new ChunkWriter(),
    output_file: null,
    error_file: null,
    errors: [],
  }
}

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.floor(ms / 1000))

/** `BatchJob` as the API returns it (contract §3.6). */
export function jobToWire(job: StoredJob) {
  return {
    id: job.id,
    object: 'batch' as const,
    input_files: job.input_files,
    metadata: job.metadata,
    endpoint: job.endpoint,
    model: job.model,
    agent_id: job.agent_id,
    output_file: job.output_file,
    error_file: job.error_file,
    errors: job.errors,
    status: job.status,
    created_at: Math.floor(job.created_ms / 1000),
    // "Mistral reports total_requests 0 until validation ends" (contract §3.6).
    total_requests: job.started_ms === null ? 0 : job.total,
    completed_requests: job.processed,
    succeeded_requests: job.succeeded,
    failed_requests: job.failed,
    started_at: seconds(job.started_ms),
    completed_at: seconds(job.completed_ms),
  }
}

export class JobStore {
  private readonly jobs = new Map<string, StoredJob>()

  add(job: StoredJob): void {
    this.jobs.set(job.id, job)
  }

  get(id: string): StoredJob | undefined {
    return this.jobs.get(id)
  }

  delete(id: string): boolean {
    return this.jobs.delete(id)
  }

  all(): StoredJob[] {
    return [...this.jobs.values()]
  }

  get size(): number {
    return this.jobs.size
  }
}
