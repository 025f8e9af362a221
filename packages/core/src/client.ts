import { type CallOptions, type ClientConfig, createRequester } from './http/request'
import type { RetryOptions } from './http/retry'
import { createObserverRegistry } from './observe'
import { createFiles } from './resources/files'
import { createJobs } from './resources/jobs'
import { results } from './results/results'
import { run } from './run/run'
import type { BatchJob, BatchRequest } from './schemas/job'

/** Options of {@link createClient}. */
export interface ClientOptions extends ClientConfig {
  /** A key, or a function returning one (called before each call). Omitted: no Authorization header (for a proxy). Defaults to none. */
  apiKey?: string | (() => string | Promise<string>) | undefined
  /** Defaults to 'https://api.mistral.ai'. */
  baseURL?: string | undefined
  /** The fetch to use, e.g. a test double. Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined
  /** Extra headers on every request. Defaults to none. */
  headers?: HeadersInit | undefined
  /** Time until response headers, per attempt; it never cuts a body stream. Defaults to 60_000. */
  timeoutMs?: number | undefined
  /** Retries for network errors, 408, 429 and 5xx, or `false`. Defaults to `{ retries: 2, minDelayMs: 500, maxDelayMs: 8_000 }`. */
  retry?: RetryOptions | false | undefined
}

/**
 * Creates a client for Mistral's Files + Batch API. Nothing global is read or written, so several clients
 * can live side by side; every method takes a last `options` argument (`signal`, `timeoutMs`, `retry`, `headers`).
 */
export function createClient(options: ClientOptions = {}) {
  const request = createRequester({ ...options })
  const files = createFiles(request)
  // `batch.jobs` is assembled here, in one place, so the observers can be spread in beside the calls.
  const jobsApi = createJobs(request)
  const jobs = { ...jobsApi, ...createObserverRegistry(jobsApi) }
  const readResults = (jobOrId: BatchJob | string, call?: CallOptions) =>
    results(request, jobs, jobOrId, call)
  return {
    files,
    batch: {
      jobs,
      /** Every result of a job (output file, then error file, or inline outputs), streamed; see results(). */
      results: readResults,
      /** Upload (or inline), create, wait, then collect the results; see RunOptions. */
      run: (
        requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
        runOptions: Parameters<typeof run>[2],
      ) => run({ files, jobs, results: readResults }, requests, runOptions),
    },
  }
}

/** The client returned by {@link createClient}. */
export type MistralBatchClient = ReturnType<typeof createClient>
