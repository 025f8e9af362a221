import { createClient } from '@mistral-batch/core'
import type { Env } from './env'
import { upstream } from './upstream'

/** The KV key holding the id of the last job the cron trigger submitted. */
export const LATEST_JOB_KEY = 'latest-job-id'

/**
 * Submits the nightly batch (inline requests: no file upload needed under 10,000 requests) and stores its
 * id in KV, where the browser app finds it through GET /jobs/latest.
 */
export async function submitNightlyBatch(env: Env, cron: string): Promise<string> {
  const client = createClient(upstream(env))
  const job = await client.batch.jobs.create({
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    requests: [
      {
        custom_id: 'digest',
        body: { messages: [{ role: 'user', content: 'Summarise yesterday in French.' }] },
      },
      { custom_id: 'haiku', body: { messages: [{ role: 'user', content: 'A haiku about cron jobs.' }] } },
    ],
    // Triggered by hand (`curl …/cdn-cgi/handler/scheduled`), `cron` is empty, and metadata values must
    // be 1–512 characters: the key is left out then.
    metadata: cron ? { source: 'cron', cron } : { source: 'cron' },
  })
  await env.BATCH_JOBS.put(LATEST_JOB_KEY, job.id)
  return job.id
}
