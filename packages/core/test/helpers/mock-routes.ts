import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { Json, MockApi } from './mock-api'
import { formOf, type Seen, send } from './server'

export type Route = (seen: Seen, res: ServerResponse, id: string) => void | Promise<void>

/** The mock API's routes, keyed `METHOD kind[/:id][/sub]` (`/v1/batch/jobs` is folded to `jobs`). */
export function routesOf(api: MockApi): Record<string, Route> {
  return {
    'POST files': async (seen, res) => {
      const form = await formOf(seen)
      const part = form.get('file') as File
      const meta = api.addFile(part.name, Buffer.from(await part.arrayBuffer()), {
        purpose: form.get('purpose') ?? 'batch',
      })
      send(res, 200, meta)
    },
    'GET files': (seen, res) => {
      const search = seen.query.get('search')
      const all = [...api.files.values()]
        .map((f) => f.meta)
        .filter((m) => !search || String(m.filename).includes(search))
      const page = Number(seen.query.get('page') ?? 0)
      const size = Number(seen.query.get('page_size') ?? 100)
      send(res, 200, { data: all.slice(page * size, page * size + size), object: 'list', total: all.length })
    },
    'GET files/:id': (_s, res, id) =>
      api.files.has(id)
        ? send(res, 200, { ...api.files.get(id)!.meta, deleted: false })
        : send(res, 404, { detail: 'File not found' }),
    'DELETE files/:id': (_s, res, id) => {
      api.files.delete(id)
      send(res, 200, { id, object: 'file', deleted: true })
    },
    'GET files/:id/url': (seen, res, id) =>
      send(res, 200, { url: `https://blob.example/${id}?se=${seen.query.get('expiry') ?? 24}` }),
    'GET files/:id/content': (seen, res, id) => {
      const content = api.files.get(id)?.content
      if (!content) return send(res, 404, { detail: 'File not found' })
      const range = /^bytes=(\d+)-$/.exec(String(seen.headers.range ?? ''))
      const start = range ? Number(range[1]) : 0
      res.writeHead(range ? 206 : 200, { 'content-type': 'application/octet-stream' })
      res.end(content.subarray(start))
    },
    'POST jobs': (seen, res) => {
      const body = JSON.parse(seen.body.toString()) as Json
      const input_files = (body.input_files as string[] | undefined) ?? []
      const requests =
        (body.requests as Json[] | undefined) ??
        input_files.flatMap((f) =>
          (api.files.get(f)?.content.toString() ?? '')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Json),
        )
      const job = {
        id: randomUUID(),
        object: 'batch',
        input_files,
        endpoint: body.endpoint,
        model: body.model ?? null,
        metadata: body.metadata ?? null,
        errors: [],
        status: 'QUEUED',
        created_at: api.now(),
        total_requests: 0,
        completed_requests: 0,
        succeeded_requests: 0,
        failed_requests: 0,
        polls: 0,
        requests,
      }
      api.jobs.set(job.id, job)
      send(res, 200, api.view(job))
    },
    'GET jobs': (seen, res) => {
      const known = new Set([
        'page',
        'page_size',
        'model',
        'agent_id',
        'created_after',
        'created_by_me',
        'status',
        'order_by',
      ])
      const after = seen.query.get('created_after')
      const statuses = seen.query.getAll('status')
      const data = [...api.jobs.values()].filter((j) => {
        if (after && (j.created_at as number) * 1000 < Date.parse(after)) return false
        if (statuses.length && !statuses.includes(j.status as string)) return false
        for (const [k, v] of seen.query)
          if (!known.has(k) && (j.metadata as Json | null)?.[k] !== v) return false
        return true
      })
      const page = Number(seen.query.get('page') ?? 0)
      const size = Number(seen.query.get('page_size') ?? 100)
      const slice = data.slice(page * size, page * size + size)
      send(res, 200, { data: slice.map((j) => api.view(j)), object: 'list', total: data.length })
    },
    'GET jobs/:id': (seen, res, id) => {
      const job = api.jobs.get(id)
      if (!job) return send(res, 404, { detail: 'Batch job not found' })
      job.polls++
      if (job.polls === 1) Object.assign(job, { status: 'RUNNING', total_requests: job.requests.length })
      if (job.polls === 2 && job.status === 'RUNNING') api.complete(job)
      const view = api.view(job)
      if (seen.query.get('inline') !== 'true') delete view.outputs
      send(res, 200, view)
    },
    'POST jobs/:id/cancel': (_s, res, id) => {
      const job = api.jobs.get(id)!
      job.status = 'CANCELLATION_REQUESTED'
      send(res, 200, api.view(job))
    },
    'DELETE jobs/:id': (_s, res, id) => {
      api.jobs.delete(id)
      send(res, 200, { id, object: 'batch', deleted: true })
    },
  }
}
