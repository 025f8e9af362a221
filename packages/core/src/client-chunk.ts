import { invalidInput } from './errors'
import { toConnectionError } from './http/failure'
import { check, parseBody } from './http/parse'
import type { CallOptions, Requester } from './http/request'
import { createFiles, filesPage, openContent } from './resources/files'
import { createJobs, jobsPage } from './resources/jobs'
import type { BatchResult } from './results/result'
import { results as read } from './results/results'
import { checkRun } from './run/check-run'
import type { run as Run } from './run/run'
import type { BatchJob, BatchRequest } from './schemas/job'
import { ResultLineSchema } from './schemas/result'
import { validateOrThrow } from './upload/validate-or-throw'

/*
 * What createClient loads on a client's first call (client.ts): the resources, their input checks and
 * the response schemas (valibot). Every call is async anyway, so an app pays for them on first use, not
 * up front (bench "full client", issue 13). The transport and the observers stay up front: the first
 * is what every call goes through, the second is synchronous.
 */

/** The client's calls, built once per client around its request function. */
export function createCalls(request: Requester, usesGlobalFetch: boolean) {
  const files = createFiles(request, usesGlobalFetch)
  const jobs = createJobs(request)
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
  // The reader (Range resume, JSONL lines, line parser) comes with the calls: client.ts already loads it on
  // the first `next()`, and a chunk of its own would need a second wrapper around every result.
  const results = (jobOrId: BatchJob | string, call?: CallOptions): AsyncGenerator<BatchResult> =>
    read(kit, jobOrId, call)
  // `run` is a chunk of its own: most apps never call it.
  const run = async (
    requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>,
    runOptions: Parameters<typeof Run>[2],
  ) => {
    checkRun(requests, runOptions)
    const { run: start } = await import('./run/run')
    return start({ files, jobs, results, validateOrThrow, invalidInput }, requests, runOptions)
  }
  return {
    files,
    jobs,
    results,
    run,
    filesPage: (...args: Tail<typeof filesPage>) => filesPage(request, ...args),
    jobsPage: (...args: Tail<typeof jobsPage>) => jobsPage(request, ...args),
  }
}

/** What a client loads later still, on first use (see preloadClient in client.ts). */
export async function preloadLater(): Promise<void> {
  await Promise.all([
    import('./run/run'),
    import('./groups/impl'),
    import('./groups/kit'),
    import('./validate/validate-input'),
    import('./upload/progress-fetch'),
    import('./http/parse-error-body'),
  ])
}

type Tail<F> = F extends (first: never, ...rest: infer A) => unknown ? A : never

export type Calls = ReturnType<typeof createCalls>
