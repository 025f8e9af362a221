import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { type Route, routesOf } from './mock-routes'
import { type Handler, listen, type Seen } from './server'

export type Json = Record<string, unknown>
interface StoredFile {
  meta: Json
  content: Buffer
}

/** Fault injection: a hook that may answer a request itself before the mock API does. */
export type Fault = (seen: Seen, res: ServerResponse, api: MockApi) => boolean | Promise<boolean>

/**
 * A small in-memory Files + Batch API on a real port. Jobs complete on their third poll: every input line
 * gets a 200 echo in the output file, except bodies with `fail: true`, which go to the error file.
 */
export class MockApi {
  files = new Map<string, StoredFile>()
  jobs = new Map<string, Json & { polls: number; requests: Json[] }>()
  faults: Fault[] = []
  private routes: Record<string, Route> = routesOf(this)
  now = () => Math.floor(Date.now() / 1000)

  addFile(filename: string, content: string | Buffer, extra: Json = {}): Json {
    const id = randomUUID()
    const buffer = Buffer.from(content)
    const meta = {
      id,
      object: 'file',
      bytes: buffer.length,
      created_at: this.now(),
      filename,
      purpose: 'batch',
      sample_type: 'batch_request',
      source: 'upload',
      ...extra,
    }
    this.files.set(id, { meta, content: buffer })
    return meta
  }

  /** Runs `action` instead of the normal handling, once, for the first request that `match`es. */
  once(
    match: (seen: Seen) => boolean,
    action: (seen: Seen, res: ServerResponse) => boolean | Promise<boolean>,
  ) {
    const fault: Fault = (seen, res) => {
      if (!match(seen)) return false
      this.faults.splice(this.faults.indexOf(fault), 1)
      return action(seen, res)
    }
    this.faults.push(fault)
  }

  /** Handles the request, but the response is lost: the socket is destroyed instead of answered. */
  loseResponse = (seen: Seen, res: ServerResponse) => {
    const lost = { writeHead: () => lost, end: () => res.socket?.destroy() } as unknown as ServerResponse
    return this.handler(seen, lost)
  }

  /** The request dies before the server acts on it. */
  dropRequest = (_seen: Seen, res: ServerResponse) => {
    res.socket?.destroy()
    return true
  }

  handler: Handler = async (seen, res) => {
    for (const fault of [...this.faults]) if (await fault(seen, res, this)) return true
    const [, , kind, id, sub] = seen.path.replace('/v1/batch/', '/v1/').split('/').map(decodeURIComponent)
    const key = `${seen.method} ${kind}${id ? '/:id' : ''}${sub ? `/${sub}` : ''}`
    const route = this.routes[key]
    if (!route) return false
    route(seen, res, id ?? '')
    return true
  }

  complete(job: Json & { requests: Json[] }) {
    const ok: string[] = []
    const failed: string[] = []
    job.requests.forEach((r, i) => {
      const bad = (r.body as Json).fail === true
      const line = {
        id: `batch-${i}`,
        custom_id: r.custom_id,
        response: {
          status_code: bad ? 400 : 200,
          body: bad ? { object: 'error', message: 'bad' } : { echo: r.body },
        },
        error: null,
      }
      ;(bad ? failed : ok).push(JSON.stringify(line))
    })
    const n = job.requests.length
    Object.assign(job, {
      status: 'SUCCESS',
      total_requests: n,
      completed_requests: n,
      succeeded_requests: ok.length,
      failed_requests: failed.length,
    })
    if ((job.input_files as string[]).length === 0) job.outputs = [...ok, ...failed].map((l) => JSON.parse(l))
    else {
      if (ok.length)
        job.output_file = this.addFile('out.jsonl', `${ok.join('\n')}\n`, {
          sample_type: 'batch_result',
          source: 'mistral',
        }).id
      if (failed.length)
        job.error_file = this.addFile('err.jsonl', `${failed.join('\n')}\n`, {
          sample_type: 'batch_error',
          source: 'mistral',
        }).id
    }
  }

  view(job: Json): Json {
    const { polls: _p, requests: _r, ...rest } = job
    return rest
  }
}

export async function startMockApi() {
  const api = new MockApi()
  const server = await listen(api.handler)
  return { api, ...server }
}
