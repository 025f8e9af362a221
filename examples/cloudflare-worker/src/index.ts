// A Worker in front of Mistral's Files + Batch API:
// - fetch: a proxy for a browser app (createProxy forwards only the Files and Batch routes and adds the
//   key server-side, so the browser never sees it), plus GET /jobs/latest;
// - scheduled: a cron trigger that submits a batch and stores the job id in KV.
import { createProxy } from '@mistral-batch/core/proxy'
import { LATEST_JOB_KEY, submitNightlyBatch } from './cron'
import type { Env, ExecutionContext, ScheduledController } from './env'
import { upstream } from './upstream'

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname === '/jobs/latest') {
      return Response.json({ job_id: await env.BATCH_JOBS.get(LATEST_JOB_KEY) })
    }
    const { apiKey, baseURL, fetch } = upstream(env)
    const proxy = createProxy({ apiKey, upstream: baseURL, ...(fetch ? { fetch } : {}) })
    return proxy(request)
  },

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(submitNightlyBatch(env, controller.cron))
  },
}
