import { apiError, json, notFound, unprocessable } from '../http'
import { QueryReader } from '../query'
import { streamOf } from '../store/bytes'
import { fileToWire, type StoredFile } from '../store/files'
import { contentDisposition } from './content-disposition'
import type { RouteArgs } from './types'

/** `GET /v1/files/{id}` (contract §2.3): the file plus `deleted: false`. */
export function getFile({ ctx, id }: RouteArgs): Response {
  const file = ctx.files.get(id)
  return file ? json({ ...fileToWire(file), deleted: false }) : notFound('File', id)
}

/** `DELETE /v1/files/{id}` (contract §2.4). */
export function deleteFile({ ctx, id }: RouteArgs): Response {
  return ctx.files.delete(id) ? json({ id, object: 'file', deleted: true }) : notFound('File', id)
}

/**
 * `GET /v1/files/{id}/content` (contract §2.5), streamed. `Range: bytes=N-` gives 206 + `Content-Range`,
 * which is how a client resumes a cut download. A truncation fault errors the stream mid-body.
 */
export function downloadFile({ ctx, id, request, cutAt }: RouteArgs): Response {
  const file = ctx.files.get(id)
  return file ? contentResponse(file, request, cutAt) : notFound('File', id)
}

export function contentResponse(
  file: StoredFile,
  request: Request,
  cutAt?: (length: number) => number,
): Response {
  const size = file.content.size
  const range = request.headers.get('range')
  const match = range ? /^bytes=(\d+)-(\d*)$/.exec(range.trim()) : null
  const start = match ? Number(match[1]) : 0
  if (range && (!match || start >= size) && !(start === 0 && size === 0)) {
    return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } })
  }
  // Only open-ended ranges are served exactly; a closed range is honoured up to its end.
  const end = match?.[2] ? Math.min(size - 1, Number(match[2])) : size - 1
  const length = Math.max(0, end - start + 1)
  const cutAfter = cutAt && length > 1 ? cutAt(length) : undefined
  const stream = streamOf(file.content, cutAfter === undefined ? { start } : { start, cutAfter })
  const body = match && end < size - 1 ? limit(stream, length) : stream
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'content-length': String(length),
    'content-disposition': contentDisposition(file.filename),
    'accept-ranges': 'bytes',
  }
  if (match) headers['content-range'] = `bytes ${start}-${end}/${size}`
  return new Response(body, { status: match ? 206 : 200, headers })
}

function limit(stream: ReadableStream<Uint8Array>, length: number): ReadableStream<Uint8Array> {
  let left = length
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (left <= 0) return
        const piece = chunk.subarray(0, left)
        left -= piece.byteLength
        controller.enqueue(piece)
      },
    }),
  )
}

/** `GET /v1/files/{id}/url` (contract §2.6): a URL on this emulator that needs no Authorization header. */
export function signedUrl({ ctx, id, url, prefix }: RouteArgs): Response {
  const q = new QueryReader(url.searchParams)
  const expiry = q.int('expiry', 24, { min: 1, max: 168 })
  if (q.issues.length > 0) return unprocessable(q.issues)
  if (!ctx.files.get(id)) return notFound('File', id)
  const expires = Math.floor(ctx.options.now() / 1000) + expiry * 3600
  const signed = new URL(`${prefix}/signed/files/${encodeURIComponent(id)}`, url.origin)
  signed.searchParams.set('se', String(expires))
  signed.searchParams.set('sig', ctx.sign(id, expires))
  return json({ url: signed.toString() })
}

/** `GET /signed/files/{id}?se=…&sig=…`: the signed download, checked instead of the API key. */
export function signedDownload({ ctx, id, url, request, cutAt }: RouteArgs): Response {
  const expires = Number(url.searchParams.get('se'))
  const sig = url.searchParams.get('sig') ?? ''
  if (!Number.isSafeInteger(expires) || sig !== ctx.sign(id, expires)) {
    return apiError(403, 'Signature not valid for this file.', 'authentication_error', {
      code: 'invalid_signature',
    })
  }
  if (expires * 1000 < ctx.options.now()) {
    return apiError(403, 'Signed URL expired.', 'authentication_error', { code: 'expired_signature' })
  }
  const file = ctx.files.get(id)
  return file ? contentResponse(file, request, cutAt) : notFound('File', id)
}
