import type { Calls } from './client-chunk'
import { deferred } from './deferred'
import { createGroups, createRetryFailed } from './groups/api'
import { type CallOptions, type ClientConfig, createRequester } from './http/request'
import { createObserverRegistry } from './observe'
import type { Files, ListFilesParams } from './resources/files'
import type { Jobs, ListJobsParams } from './resources/jobs'
import { pagePromise } from './resources/page'
import { loadOnFirstNext } from './results/load-on-next'
import type { BatchResult } from './results/result'
import type { FileList, FileObject } from './schemas/file'
import type { BatchJob, BatchJobList } from './schemas/job'

type Chunk = typeof import('./client-chunk')
/** The calls' module once loaded, shared by every client: after the first load no call waits on an import. */
let chunk: Chunk | undefined

/**
 * Loads now the code a client otherwise loads on first use, each part behind a dynamic `import()` kept out
 * of an app's first bundle: the calls, and what `run`, groups and retries, validation, upload progress and
 * a non-2xx answer's body load later. Call it to move that wait elsewhere, e.g. in a test's `beforeAll`
 * before fake timers, where an import's real I/O would not finish within a fake tick. A failed load
 * rejects and is tried again on the next call.
 */
export async function preloadClient(): Promise<void> {
  chunk ??= await import('./client-chunk')
  await chunk.preloadLater()
}

/** Options of {@link createClient}; documented where the request function reads them. */
export type ClientOptions = ClientConfig

/**
 * Creates a client for Mistral's Files + Batch API. Nothing global is read or written, so several clients
 * can live side by side; every method takes a last `options` argument (`signal`, `timeoutMs`, `retry`, `headers`).
 */
export function createClient(options: ClientOptions = {}) {
  // Checks the options now, so a bad one throws here and not on the first call.
  const request = createRequester({ ...options })
  // The calls themselves load on the first one (client-chunk.ts says why), then are built once per client.
  let built: Calls | undefined
  const load = async () => {
    if (!chunk) await preloadClient()
    built ??= (chunk as Chunk).createCalls(request, !options.fetch)
    return built
  }
  const files: Files = {
    ...deferred(() => load().then((c) => c.files), ['upload', 'get', 'delete', 'download', 'signedUrl']),
    list: (params: ListFilesParams = {}, call?: CallOptions) =>
      pagePromise<FileList, FileObject>(
        async (page) => (await load()).filesPage(params, call, page),
        params?.page,
        params?.page_size,
      ),
  }
  const calls: Jobs = {
    ...deferred(() => load().then((c) => c.jobs), ['create', 'get', 'cancel', 'delete', 'wait']),
    list: (params: ListJobsParams = {}, call?: CallOptions) =>
      pagePromise<BatchJobList, BatchJob>(
        async (page) => (await load()).jobsPage(params, call, page),
        params?.page,
        params?.page_size,
      ),
  }
  // `batch.jobs` is assembled here, in one place, so the observers can be spread in beside the calls.
  const jobs = { ...calls, ...createObserverRegistry(calls) }
  // Handed straight to the reader once loaded: no `yield*` layer per result (load-on-next.ts says why).
  const results = (jobOrId: BatchJob | string, call?: CallOptions): AsyncGenerator<BatchResult> =>
    loadOnFirstNext(async () => (await load()).results(jobOrId, call))
  const scale = { request, files, jobs, results }
  return {
    files,
    batch: {
      jobs,
      /** Groups: one batch over many jobs, resumable; see API.md "Batch at scale". */
      groups: createGroups(scale),
      /** A new job (or group) of only the failed requests of a finished job or group; see retryFailed(). */
      retryFailed: createRetryFailed(scale),
      /** Every result of a job (output file, then error file, or inline outputs), streamed; see results(). */
      results,
      /** Upload (or inline), create, wait, then collect the results; see RunOptions. */
      run: deferred(load, ['run']).run,
    },
  }
}

/** The client returned by {@link createClient}. */
export type MistralBatchClient = ReturnType<typeof createClient>
