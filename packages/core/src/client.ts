import { invalidInput } from './errors'
import { createGroups, createRetryFailed } from './groups/api'
import { toConnectionError } from './http/failure'
import { check, parseBody } from './http/parse'
import { type CallOptions, type ClientConfig, createRequester } from './http/request'
import { createObserverRegistry } from './observe'
import { createFiles, openContent } from './resources/files'
import { createJobs } from './resources/jobs'
import { loadOnFirstNext } from './results/load-on-next'
import type { BatchResult } from './results/result'
import { checkRun } from './run/check-run'
import type { run } from './run/run'
import type { BatchJob, BatchRequest } from './schemas/job'
import { ResultLineSchema } from './schemas/result'
import { validateOrThrow } from './upload/validate-or-throw'

/** Options of {@link createClient}; documented where the request function reads them. */
export type ClientOptions = ClientConfig

/**
 * Creates a client for Mistral's Files + Batch API. Nothing global is read or written, so several clients
 * can live side by side; every method takes a last `options` argument (`signal`, `timeoutMs`, `retry`, `headers`).
 */
export function createClient(options: ClientOptions = {}) {
  const request = createRequester({ ...options })
  const files = createFiles(request, !options.fetch)
  // `batch.jobs` is assembled here, in one place, so the observers can be spread in beside the calls.
  const jobsApi = createJobs(request)
  const jobs = { ...jobsApi, ...createObserverRegistry(jobsApi) }
  const kit = {
    request,
    jobs,
    openContent,
    invalidInput,
    toConnectionError,
    check,
    parseBody,
    ResultLineSchema,
  }
  // The reader (Range resume, JSONL lines, line parser) loads on the first `next()`, which is async anyway.
  const readResults = (jobOrId: BatchJob | string, call?: CallOptions): AsyncGenerator<BatchResult> =>
    loadOnFirstNext(async () => (await import('./results/results')).results(kit, jobOrId, call))
  const scale = { request, files, jobs, results: readResults }
  return {
    files,
    batch: {
      jobs,
      /** Groups: one batch over many jobs, resumable; see API.md "Batch at scale". */
      groups: createGroups(scale),
      /** A new job (or group) of only the failed requests of a finished job or group; see retryFailed(). */
      retryFailed: createRetryFailed(scale),
      /** Every result of a job (output file, then error file, or inline outputs), streamed; see results(). */
      results: readResults,
      /** Upload (or inline), create, wait, then collect the results; see RunOptions. */
      // Loaded on the first call (its own chunk with a code-splitting bundler): most apps never call it.
      run: async (
        requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
        runOptions: Parameters<typeof run>[2],
      ) => {
        checkRun(requests, runOptions)
        const { run } = await import('./run/run')
        return run({ files, jobs, results: readResults, validateOrThrow, invalidInput }, requests, runOptions)
      },
    },
  }
}

/** The client returned by {@link createClient}. */
export type MistralBatchClient = ReturnType<typeof createClient>
