import type { invalidInput } from '../errors'
import type { toConnectionError } from '../http/failure'
import type { CallOptions, Requester } from '../http/request'
import type { openContent } from '../resources/files'
import type { Jobs } from '../resources/jobs'
import type { BatchJob } from '../schemas/job'
import { type BatchResult, resultParser, type SchemaChecks } from './result'
import { type Lines, resumableLines } from './resume'

/**
 * What the reader uses of the client, handed in rather than imported. esbuild gives each set of chunks
 * that share a module a chunk of its own; a lazy module that imports the client's up-front files (errors,
 * failure mapping) adds such sets and cuts the up-front code into more chunks, each gzipped apart. With
 * plain imports here and in run.ts the full client measured 12.46 KB up front instead of 11.80.
 */
export interface ResultsKit extends SchemaChecks {
  request: Requester
  jobs: Pick<Jobs, 'get'>
  openContent: typeof openContent
  invalidInput: typeof invalidInput
  toConnectionError: typeof toConnectionError
}

/**
 * The lines of a file on the server, streamed, and resumed with a Range request after a cut
 * (resumableLines). Also the groups chunk's (through groups/kit.ts, which loads this module lazily).
 */
export function fileLines(
  kit: Pick<ResultsKit, 'openContent' | 'toConnectionError'>,
  request: Requester,
  file_id: string,
  options: CallOptions = {},
): AsyncGenerator<Lines> {
  const open = (offset: number, signal: AbortSignal | undefined) => {
    const headers = new Headers(options.headers)
    if (offset > 0) headers.set('range', `bytes=${offset}-`)
    return kit.openContent(request, file_id, { ...options, headers, signal })
  }
  return resumableLines(open, options.signal, kit.toConnectionError)
}

/** A job id, or a job object as `jobs.get`/`jobs.wait` return it; anything else sends nothing. */
function checkJobOrId(jobOrId: unknown, kit: ResultsKit): void {
  const id = typeof jobOrId === 'string' ? jobOrId : (jobOrId as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id.trim() === '')
    kit.invalidInput('jobOrId', 'jobOrId must be a job id or a job object with an id')
}

/**
 * Every result of a job, streamed: the output file's lines, then the error file's, or else the job's
 * inline `outputs` (fetched with `get(id, { inline: true })` when the job has no files and no outputs
 * yet). Pass a job id or a job object; a job that has not finished simply has fewer results, so call this
 * after `jobs.wait`. Files are read line by line through the JSONL reader and resumed with a Range request
 * if the download breaks (see resumableLines): nothing is held but the current chunk.
 */
export async function* results(
  kit: ResultsKit,
  jobOrId: BatchJob | string,
  options: CallOptions = {},
): AsyncGenerator<BatchResult> {
  const { request, jobs } = kit
  const parseResult = resultParser(kit)
  checkJobOrId(jobOrId, kit)
  let job = typeof jobOrId === 'string' ? await jobs.get(jobOrId, options) : jobOrId
  const files = [job.output_file, job.error_file].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  )
  for (const file_id of files) {
    const where = `file ${file_id}`
    for await (const { texts, lines } of fileLines(kit, request, file_id, options)) {
      for (let i = 0; i < texts.length; i++) yield parseResult(texts[i], where, lines[i])
    }
  }
  if (files.length > 0) return
  if (job.outputs == null) job = await jobs.get(job.id, { ...options, inline: true })
  let index = 0
  for (const item of job.outputs ?? []) yield parseResult(item, `job ${job.id}, outputs[${index++}]`)
}
