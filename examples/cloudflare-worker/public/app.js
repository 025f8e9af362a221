// The browser side: served from the Worker's origin, so it reaches the proxy with no key and no CORS.
// Bundle it with your tool of choice (Vite, esbuild); it shows the batch the cron trigger submitted last.
import { createClient } from '@mistral-batch/core'

// No apiKey: the Worker's proxy adds it server-side, the browser never sees it.
const client = createClient({ baseURL: location.origin })

/** Polls the latest cron job until it finishes, writing its progress into `element`. */
export async function showLatestJob(element) {
  const { job_id } = await (await fetch('/jobs/latest')).json()
  if (!job_id) {
    element.textContent = 'No batch submitted yet.'
    return null
  }
  return client.batch.jobs.wait(job_id, {
    intervalMs: 1_000,
    onUpdate: (job) => {
      element.textContent = `${job.id}: ${job.status} ${job.completed_requests}/${job.total_requests}`
    },
  })
}

const status = document.getElementById('status')
if (status) showLatestJob(status).catch((error) => (status.textContent = `Error: ${error.message}`))
