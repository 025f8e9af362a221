import { invalidInput } from '../errors'
import { jsonOf } from '../http/parse'
import { randomId } from '../http/random-id'
import type { CallOptions, Requester } from '../http/request'
import type { ApiEndpoint, FilePurpose, FileVisibility } from '../schemas/enums'
import { type FileObject, FileObjectSchema } from '../schemas/file'
import { MAX_BATCH_FILE_BYTES } from '../validate/limits'
import type { UploadProgressEvent } from './progress-reporter'
import { toBlob, type UploadInput } from './to-blob'
import { validateOrThrow } from './validate-or-throw'

/** Options of `files.upload`. */
export interface UploadOptions extends CallOptions {
  /** The part's filename; it also marks the upload for exactly-once. Defaults to `batch-<random>.jsonl`. */
  file_name?: string | undefined
  /** Time until response headers, which for an upload includes sending the file. Defaults to the client's timeoutMs plus 1 ms per 256 bytes of file. */
  timeoutMs?: number | undefined
  /** Defaults to 'batch'. */
  purpose?: FilePurpose | undefined
  /** Sent only when given (the server's default is 'workspace'). */
  visibility?: FileVisibility | undefined
  /** Sent only when given; its unit is undocumented (contract §2.1, §11.4). */
  expiry?: number | undefined
  /**
   * Progress in bytes: `loaded: 0` before sending, `loaded: total` (the file's size) once the server
   * accepted the file, and in between the bytes sent as the body goes out, when the client uses the
   * global fetch: XMLHttpRequest's upload events in browsers, a counting request stream in Node and Deno
   * (none in between on Workers, or with a client `fetch` of your own). `loaded` only grows: a retry is
   * shown once it passes what was already shown. Defaults to none.
   */
  onProgress?: ((progress: UploadProgressEvent) => void) | undefined
  /**
   * Checks the file before sending it; when invalid, it throws InputValidationError (every issue, each
   * naming its line) and sends nothing. `true`: everything that needs no endpoint (each line is JSON and
   * an object, `body` is an object, `custom_id` is a unique string, the file is not empty and within the
   * size and request-count limits). `{ endpoint, model? }`: all that, plus each body's shape for that
   * endpoint, and a warning (not an error) for a body `model` other than `model`. `false`: off. Defaults to off.
   */
  validate?: boolean | { endpoint: ApiEndpoint; model?: string | undefined } | undefined
}

/** Looks back this far for a file made by a lost upload (client/server clock skew). */
const LOOKUP_SKEW_S = 600

export type ListFiles = (
  params: { search: string; purpose: FilePurpose },
  options: CallOptions,
) => AsyncIterable<FileObject>

/**
 * `POST /v1/files` (contract §2.1): multipart with `file` (with its filename) and `purpose`, plus
 * `visibility`/`expiry` only when given. After an ambiguous failure the upload is looked up by its unique
 * name (`search`, purpose, created since the call began, same size) instead of being sent twice.
 */
export async function upload(
  request: Requester,
  listFiles: ListFiles,
  input: UploadInput,
  options: UploadOptions = {},
  /** True when the client has no `fetch` of its own, so a progress-reporting one may stand in for it. */
  usesGlobalFetch = false,
): Promise<FileObject> {
  const { file_name = `batch-${randomId()}.jsonl`, purpose = 'batch', onProgress, validate } = options
  const blob = await toBlob(input, options.signal)
  const signal = options.signal
  // Both are known from the Blob for free, so neither is worth a round trip (contract §2.1: 512 MB a file).
  if (blob.size === 0)
    invalidInput('file', 'The file is empty: a batch file needs at least one request line.')
  if (blob.size > MAX_BATCH_FILE_BYTES) {
    invalidInput(
      'file',
      `The file is ${blob.size} bytes, over the API's 512 MB limit (${MAX_BATCH_FILE_BYTES} bytes).`,
    )
  }
  if (validate) {
    await validateOrThrow(blob, { ...(validate === true ? {} : validate), ...(signal ? { signal } : {}) })
  }
  const form = () => {
    const data = new FormData()
    data.append('file', blob, file_name)
    data.append('purpose', purpose)
    if (options.visibility !== undefined) data.append('visibility', options.visibility)
    if (options.expiry !== undefined) data.append('expiry', String(options.expiry))
    return data
  }
  const since = Math.floor(Date.now() / 1000) - LOOKUP_SKEW_S
  const reconcile = async (signal: AbortSignal | undefined) => {
    for await (const file of listFiles({ search: file_name, purpose }, { ...options, signal })) {
      const sameSize = file.bytes == null || file.bytes === blob.size
      if (file.filename === file_name && file.created_at >= since && sameSize) return file
    }
    return undefined
  }
  onProgress?.({ loaded: 0, total: blob.size })
  // Only a client on the global fetch can report bytes, so only then is that code loaded.
  const fetch =
    usesGlobalFetch && onProgress && (await import('./progress-fetch')).progressFetch(blob.size, onProgress)
  // Headers arrive only after the body is sent: allow 1 ms per 256 bytes (≈256 KB/s) over the default.
  const sendAllowanceMs = Math.ceil(blob.size / 256)
  const spec = {
    method: 'POST',
    path: '/v1/files',
    body: form,
    parse: jsonOf(FileObjectSchema),
    sendAllowanceMs,
    ...(fetch ? { fetch } : {}),
  } as const
  // A POST, so not idempotent: an ambiguous failure goes through `reconcile` (see Spec.idempotent).
  const file = await request({ ...spec, reconcile }, options)
  onProgress?.({ loaded: blob.size, total: blob.size })
  return file
}
