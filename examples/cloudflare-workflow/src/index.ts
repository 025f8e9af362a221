// A Worker that runs durable batch pipelines on Cloudflare Workflows:
// - POST /pipelines { input, endpoint?, model?, group_id? } starts one for a JSONL file in R2;
// - GET /pipelines/:id answers its status and, once complete, its summary;
// - POST /groups/:group_id/cancel cancels the group's jobs (the pipeline then records what finished).
import { createClient } from '@mistral-batch/core'
import type { Env } from './env'
import { pipelineParams } from './params'
import { upstream } from './upstream'

export { BatchPipeline } from './pipeline'

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url)
    if (request.method === 'POST' && pathname === '/pipelines') {
      const id = crypto.randomUUID()
      const params = pipelineParams(await request.json().catch(() => null), id)
      if (typeof params === 'string') return Response.json({ error: params }, { status: 400 })
      if ((await env.BUCKET.head(params.input)) === null) {
        return Response.json({ error: `no object "${params.input}" in the bucket` }, { status: 404 })
      }
      await env.PIPELINE.create({ id, params })
      return Response.json({ id, group_id: params.group_id }, { status: 202 })
    }
    const pipeline = pathname.match(/^\/pipelines\/([\w-]+)$/)
    if (request.method === 'GET' && pipeline?.[1]) {
      const instance = await env.PIPELINE.get(pipeline[1]).catch(() => null)
      if (instance === null) return Response.json({ error: 'no such pipeline' }, { status: 404 })
      return Response.json({ id: instance.id, ...(await instance.status()) })
    }
    const cancel = pathname.match(/^\/groups\/([\w-]+)\/cancel$/)
    if (request.method === 'POST' && cancel?.[1]) {
      const group = await createClient(upstream(env)).batch.groups.cancel(cancel[1])
      return Response.json(group)
    }
    return Response.json({ error: 'not found' }, { status: 404 })
  },
}
