import { BATCH_JOB_STATUSES as STATUSES } from '@mistral-batch/core'
import { json, unprocessable } from '../http'
import { advance } from '../jobs/advance'
import { QueryReader } from '../query'
import { jobToWire, type StoredJob } from '../store/jobs'
import type { RouteArgs } from './types'

const KNOWN = new Set([
  'page',
  'page_size',
  'model',
  'agent_id',
  'metadata',
  'created_after',
  'created_by_me',
  'status',
  'order_by',
])

/**
 * Metadata filters. Both official SDKs flatten `metadata={k: v}` into bare `k=v` query keys (contract
 * §3.2), so every unknown key is a metadata filter; a JSON `metadata={...}` is accepted as well.
 */
function metadataFilter(params: URLSearchParams): [string, string][] {
  const filters: [string, string][] = []
  for (const [key, value] of params) if (!KNOWN.has(key)) filters.push([key, value])
  const raw = params.get('metadata')
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (parsed && typeof parsed === 'object') {
        for (const [key, value] of Object.entries(parsed)) filters.push([key, String(value)])
      }
    } catch {
      // Not JSON: a bare `metadata=x` carries no key to filter on.
    }
  }
  return filters
}

/** `GET /v1/batch/jobs` (contract §3.2): every filter, `order_by`, paging, and `total`. */
export function listJobs({ ctx, url }: RouteArgs): Response {
  const q = new QueryReader(url.searchParams)
  const page = q.int('page', 0, { min: 0 })
  const page_size = q.int('page_size', 100, { min: 1 })
  const model = q.string('model')
  const agent_id = q.string('agent_id')
  const statuses = q.list('status', STATUSES)
  const order = q.oneOf('order_by', ['created', '-created'] as const, '-created')
  q.bool('created_by_me', false) // One user per emulator: every job is "mine".
  const createdAfterRaw = q.string('created_after')
  const createdAfter = createdAfterRaw === undefined ? undefined : Date.parse(createdAfterRaw)
  if (createdAfter !== undefined && Number.isNaN(createdAfter)) {
    q.issues.push({
      type: 'datetime_from_date_parsing',
      loc: ['query', 'created_after'],
      msg: 'Input should be a valid datetime',
      input: createdAfterRaw,
    })
  }
  if (q.issues.length > 0) return unprocessable(q.issues)
  const filters = metadataFilter(url.searchParams)
  const now = ctx.options.now()

  const matches = ctx.jobs.all().filter((job: StoredJob) => {
    advance(ctx, job, now)
    return (
      (model === undefined || job.model === model) &&
      (agent_id === undefined || job.agent_id === agent_id) &&
      (statuses === undefined || statuses.includes(job.status)) &&
      (createdAfter === undefined || job.created_ms > createdAfter) &&
      filters.every(([key, value]) => job.metadata?.[key] === value)
    )
  })
  // Insertion order is creation order; a stable sort keeps ties (same ms) in that order.
  matches.sort((a, b) => a.created_ms - b.created_ms)
  if (order === '-created') matches.reverse()
  const data = matches.slice(page * page_size, (page + 1) * page_size).map(jobToWire)
  return json({ data, object: 'list', total: matches.length })
}
