import { WorkflowEntrypoint, type WorkflowEvent } from 'cloudflare:workers'
import { createClient } from '@mistral-batch/core'
import {
  collectGroupResults,
  submitGroup,
  type WorkflowStep,
  waitForGroup,
} from '@mistral-batch/core/workflows'
import type { Env } from './env'
import type { PipelineParams } from './params'
import { resultsPrefix, writeShard } from './r2-results'
import { upstream } from './upstream'

/**
 * One durable batch pipeline: shard the JSONL in R2 into a group of jobs, wait for them (sleeping between
 * polls, which costs nothing), write every result to R2, and record a summary. Each network call is a
 * step, so a restart or a deploy resumes it where it was, with no second job and no lost result.
 */
export class BatchPipeline extends WorkflowEntrypoint<Env, PipelineParams> {
  async run(event: WorkflowEvent<PipelineParams>, step: WorkflowStep) {
    const { input, group_id, endpoint, model, max_requests_per_job } = event.payload
    const bucket = this.env.BUCKET
    const client = createClient(upstream(this.env))

    const group = await submitGroup(step, client, {
      group_id,
      endpoint,
      model,
      maxRequestsPerJob: max_requests_per_job,
      input: async () => {
        const object = await bucket.get(input)
        if (object === null) throw new Error(`no object "${input}" in the bucket`)
        return object.body
      },
    })
    const done = await waitForGroup(step, client, group, {
      intervalMs: Number(this.env.POLL_INTERVAL_MS ?? 30_000),
    })
    const summary = await collectGroupResults(step, client, done, {
      write: (shard, results) => writeShard(bucket, shard, results),
    })
    await step.do('record summary', async () => {
      await bucket.put(`${resultsPrefix(group_id)}summary.json`, JSON.stringify(summary))
    })
    return summary
  }
}
