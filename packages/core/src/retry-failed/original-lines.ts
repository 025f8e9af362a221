import type { ScaleDeps } from '../groups/deps'
import { kit } from '../groups/kit-slot'
import type { CallOptions } from '../http/request'
import type { JsonlSource } from '../jsonl/source'
import type { BatchJob, BatchRequest } from '../schemas/job'
import type { UploadInput } from '../upload/to-blob'

/** Filtered lines are sent on in chunks of about this many UTF-16 units, as jsonlStream does. */
const CHUNK_CHARS = 64 * 1024

/**
 * The original request lines of `failed` custom_ids, as a JSONL byte stream: each job's input files are
 * downloaded (streamed, resumed after a cut) and filtered line by line, in job and file order, so the
 * result is the same on every call. A job with no input files (an inline job) is read from `input`. Each
 * custom_id is taken once, its text unchanged: the retry sends exactly the bodies that failed.
 */
export function originalLines(
  deps: ScaleDeps,
  jobs: readonly { job: BatchJob; failed: Set<string> }[],
  input: UploadInput | undefined,
  options: CallOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  async function* texts(): AsyncGenerator<string> {
    for (const { job, failed } of jobs) {
      const keep = (id: unknown) => typeof id === 'string' && failed.delete(id)
      if (job.input_files.length === 0) {
        yield* inlineLines(input, keep, options.signal)
        continue
      }
      for (const file_id of job.input_files) {
        for await (const batch of kit().fileLines(deps.request, file_id, options)) {
          for (const text of batch.texts) if (keep(customIdOf(text))) yield text
        }
      }
    }
  }
  const lines = texts()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = ''
      while (chunk.length < CHUNK_CHARS) {
        const step = await lines.next()
        if (step.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk))
          controller.close()
          return
        }
        chunk += `${step.value}\n`
      }
      controller.enqueue(encoder.encode(chunk))
    },
    async cancel() {
      await lines.return(undefined)
    },
  })
}

function customIdOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { custom_id?: unknown } | null)?.custom_id
  } catch {
    return undefined
  }
}

/** The kept lines of an inline job's original requests: objects are encoded, text is kept as it is. */
async function* inlineLines(
  input: UploadInput | undefined,
  keep: (id: unknown) => boolean,
  signal: AbortSignal | undefined,
): AsyncGenerator<string> {
  if (input === undefined) return
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input
  const isSource =
    typeof bytes === 'string' ||
    bytes instanceof Blob ||
    bytes instanceof Uint8Array ||
    bytes instanceof ReadableStream
  if (isSource) {
    for await (const batch of kit().readBatches(bytes as JsonlSource, signal)) {
      for (const text of batch.texts) if (keep(customIdOf(text))) yield text
    }
    return
  }
  for await (const request of bytes as Iterable<BatchRequest> | AsyncIterable<BatchRequest>) {
    if (keep(request?.custom_id)) yield JSON.stringify(request)
  }
}
