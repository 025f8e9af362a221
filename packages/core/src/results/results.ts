import type { CallOptions, Requester } from '../http/request'
import { openContent } from '../resources/files'
import type { Jobs } from '../resources/jobs'
import type { BatchJob } from '../schemas/job'
import { type BatchResult, parseResult } from './result'
import { type Lines, resumableLines } from './resume'

/** The lines of a file on the server, streamed, and resumed with a Range request after a cut (resumableLines). */
export function fileLines(
  request: Requester,
  file_id: string,
  options: CallOptions = {},
): AsyncGenerator<Lines> {
  const open = (offset: number, signal: AbortSignal | undefined) => {
    const headers = new Headers(options.headers)
    if (offset > 0) headers.set('range', `bytes=${offset}-`)
    return openContent(request, file_id, { ...options, headers, signal })
  }
  return resumableLines(open, options.signal)
}

/**
 * Every result of a job, streamed: the output file's lines, then the error file's, or else the job's
 * inline `outputs` (fetched with `get(id, { inline: true })` when the job has no files and no outputs
 * yet). Pass a job id or a job object; a job that has not finished simply has fewer results, so call this
 * after `jobs.wait`. Files are read line by line through the JSONL reader and resumed with a Range request
 * if the download breaks (see resumableLines): nothing is held but the current chunk.
 */
export async function* results(
  request: Requester,
  jobs: Pick<Jobs, 'get'>,
  jobOrId: BatchJob | string,
  options: CallOptions = {},
): AsyncGenerator<BatchResult> {
  let job = typeof jobOrId === 'string' ? await jobs.get(jobOrId, options) : jobOrId
  const files = [job.output_file, job.error_file].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  )
  for (const file_id of files) {
    const where = `file ${file_id}`
    for await (const { texts, lines } of fileLines(request, file_id, options)) {
      for (let i = 0; i < texts.length; i++) yield parseResult(texts[i], where, lines[i])
    }
  }
  if (files.length > 0) return
  if (job.outputs == null) job = await jobs.get(job.id, { ...options, inline: true })
  let index = 0
  for (const item of job.outputs ?? []) yield parseResult(item, `job ${job.id}, outputs[${index++}]`)
}
