import { apiError, type DetailItem, json, missing, unprocessable } from '../http'
import { enumIssue } from '../query'
import { hash53 } from '../random'
import { bytesOf } from '../store/bytes'
import { type FilePurpose, fileToWire, type SampleType } from '../store/files'
import type { RouteArgs } from './types'

const PURPOSES = ['fine-tune', 'batch', 'ocr'] as const
const VISIBILITIES = ['workspace', 'user'] as const
/** The spec has no sample type for OCR uploads; `pretrain` is this emulator's choice. */
const SAMPLE_TYPE: Record<FilePurpose, SampleType> = {
  batch: 'batch_request',
  'fine-tune': 'instruct',
  ocr: 'pretrain',
}
const MIMETYPES: Record<string, string> = {
  jsonl: 'application/jsonl',
  json: 'application/json',
  pdf: 'application/pdf',
}
/** Room for multipart boundaries and the small fields around the file. */
const MULTIPART_SLACK = 64 * 1024

function tooLarge(limit: number): Response {
  const mb = Math.round(limit / (1024 * 1024))
  return apiError(413, `File too large: the maximum size is ${mb} MB.`, 'invalid_request_error', {
    param: 'file',
    code: 'file_too_large',
  })
}

function mimetypeOf(file: File): string | null {
  const type = file.type.split(';')[0] ?? ''
  if (type !== '' && type !== 'application/octet-stream') return type
  // The official SDK sends `.jsonl` as application/octet-stream (contract §2.1), so go by the extension.
  return MIMETYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? (type || null)
}

/**
 * Parses the multipart body, reading at most `max` bytes of it: a chunked upload has no Content-Length
 * to check up front, so the count is kept while it streams, and reading stops (the body is cancelled)
 * the moment it passes the limit, instead of buffering the rest first.
 */
async function readForm(request: Request, max: number): Promise<FormData | 'too large' | 'invalid'> {
  let seen = 0
  let over = false
  const counted = request.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen <= max) controller.enqueue(chunk)
        else {
          over = true
          controller.error(new RangeError('upload over the size limit'))
        }
      },
    }),
  )
  const type = request.headers.get('content-type') ?? ''
  try {
    return await new Response(counted ?? null, { headers: { 'content-type': type } }).formData()
  } catch {
    return over ? 'too large' : 'invalid'
  }
}

/** `POST /v1/files` (contract §2.1): multipart `file` + optional `purpose`, `visibility`, `expiry`. */
export async function uploadFile({ ctx, request }: RouteArgs): Promise<Response> {
  const limit = ctx.options.maxFileBytes
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit + MULTIPART_SLACK) return tooLarge(limit)
  const form = await readForm(request, limit + MULTIPART_SLACK)
  if (form === 'too large') return tooLarge(limit)
  if (form === 'invalid') return unprocessable([missing(['body', 'file'])])
  const issues: DetailItem[] = []
  const file = form.get('file')
  if (file === null) issues.push(missing(['body', 'file']))
  else if (typeof file === 'string') {
    issues.push({
      type: 'value_error',
      loc: ['body', 'file'],
      msg: 'Expected UploadFile, received: str',
      input: file,
    })
  }
  const purpose = (form.get('purpose') ?? 'fine-tune') as FilePurpose
  if (!PURPOSES.includes(purpose)) issues.push(enumIssue(['body', 'purpose'], purpose, PURPOSES))
  const visibility = form.get('visibility') ?? 'workspace'
  if (!(VISIBILITIES as readonly unknown[]).includes(visibility)) {
    issues.push(enumIssue(['body', 'visibility'], visibility, VISIBILITIES))
  }
  const expiryRaw = form.get('expiry')
  const expiry =
    typeof expiryRaw === 'string' && expiryRaw !== '' && expiryRaw !== 'null' ? Number(expiryRaw) : null
  if (expiry !== null && !Number.isSafeInteger(expiry)) {
    issues.push({
      type: 'int_parsing',
      loc: ['body', 'expiry'],
      msg: 'Input should be a valid integer',
      input: expiryRaw,
    })
  }
  if (issues.length > 0 || !(file instanceof Blob)) return unprocessable(issues)
  if (file.size > limit) return tooLarge(limit)
  const upload = file as File
  const id = ctx.newId()
  const created_at = Math.floor(ctx.options.now() / 1000)
  const stored = ctx.files.add({
    id,
    filename: upload.name || 'upload',
    purpose,
    sample_type: SAMPLE_TYPE[purpose],
    source: 'upload',
    created_at,
    mimetype: mimetypeOf(upload),
    visibility: visibility as 'workspace' | 'user',
    // The unit of `expiry` is undocumented (contract §2.1); hours, like the signed URL's, is a guess.
    expires_at: expiry === null ? null : created_at + expiry * 3600,
    signature: hash53(id).toString(16).padStart(16, '0'),
    content: bytesOf([new Uint8Array(await upload.arrayBuffer())]),
  })
  return json(fileToWire(stored))
}
