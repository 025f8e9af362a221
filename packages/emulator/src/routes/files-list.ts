import { json, unprocessable } from '../http'
import { QueryReader } from '../query'
import { fileToWire } from '../store/files'
import type { RouteArgs } from './types'

const SAMPLE_TYPES = ['pretrain', 'instruct', 'batch_request', 'batch_result', 'batch_error'] as const
const SOURCES = ['upload', 'repository', 'mistral'] as const
const PURPOSES = ['fine-tune', 'batch', 'ocr'] as const

/** `GET /v1/files` (contract §2.2): every filter, newest first, `page`/`page_size` paging. */
export function listFiles({ ctx, url }: RouteArgs): Response {
  const q = new QueryReader(url.searchParams)
  const page = q.int('page', 0, { min: 0 })
  const page_size = q.int('page_size', 100, { min: 1 })
  const include_total = q.bool('include_total', true)
  const sampleTypes = q.list('sample_type', SAMPLE_TYPES)
  const sources = q.list('source', SOURCES)
  const purpose = q.string('purpose')
  if (purpose !== undefined) q.oneOf('purpose', PURPOSES, 'batch')
  const mimetypes = q.list('mimetypes')
  const search = q.string('search')?.toLowerCase()
  if (q.issues.length > 0) return unprocessable(q.issues)

  const matches = ctx.files
    .all()
    .filter(
      (file) =>
        (!sampleTypes || sampleTypes.includes(file.sample_type)) &&
        (!sources || sources.includes(file.source)) &&
        (purpose === undefined || file.purpose === purpose) &&
        (!mimetypes || (file.mimetype !== null && mimetypes.includes(file.mimetype))) &&
        // `search` matches the file name or id, case-insensitively.
        (search === undefined || file.filename.toLowerCase().includes(search) || file.id.includes(search)),
    )
    .reverse()
  const data = matches.slice(page * page_size, (page + 1) * page_size).map(fileToWire)
  return json({ data, object: 'list', total: include_total ? matches.length : null })
}
