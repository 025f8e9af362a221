// The submitting process of the crash-recovery test, run with plain `node` on the BUILT core: it creates a
// group from a JSONL file on disk and, when told to, stops dead at one point so the test can SIGKILL it:
//
//   node submit-child.mjs <baseURL> <group_id> <file> <maxRequestsPerJob> <blob|stream> <stop>
//
// <stop>: `none`; `send:K` (hang instead of sending upload K); `upload:K` (hang once upload K was answered,
// before its job is created); `job:K` (hang once job K was answered); `progress:K` (print when K shards
// are submitted and go on, so the kill lands wherever the process is by then). Prints `stopped` when it
// hangs, and the group as JSON when it finishes.
import { createReadStream, openAsBlob } from 'node:fs'
import { Readable } from 'node:stream'
import { createClient } from '@mistral-batch/core'

const [baseURL, group_id, path, maxRequests, mode, stop] = process.argv.slice(2)
const [phase, at] = stop.split(':')
const k = Number(at)
const counts = { upload: 0, job: 0 }
const hang = () => {
  process.stdout.write('stopped\n')
  // A pending promise alone would let the process exit: a timer keeps it alive until the SIGKILL.
  setInterval(() => {}, 1_000)
  return new Promise(() => {})
}

async function crashingFetch(input, init) {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const post = (init?.method ?? 'GET') === 'POST'
  const kind =
    post && url.pathname === '/v1/files' ? 'upload' : post && url.pathname === '/v1/batch/jobs' ? 'job' : ''
  if (kind === 'upload' && phase === 'send' && counts.upload + 1 === k) return hang()
  const response = await fetch(input, init)
  if (kind && response.ok) counts[kind]++
  if (kind && phase === kind && counts[kind] === k) return hang()
  return response
}

const client = createClient({ baseURL, apiKey: 'e2e-key', fetch: crashingFetch })
const input = mode === 'blob' ? await openAsBlob(path) : Readable.toWeb(createReadStream(path))
let reported = 0
const group = await client.batch.groups.create(input, {
  endpoint: '/v1/chat/completions',
  model: 'mistral-small-latest',
  group_id,
  maxRequestsPerJob: Number(maxRequests),
  onProgress: ({ shards_submitted }) => {
    if (phase === 'progress' && shards_submitted === k && reported < k) {
      reported = k
      process.stdout.write(`submitted ${k}\n`)
    }
  },
})
process.stdout.write(`${JSON.stringify({ jobs: group.jobs.length, complete: group.complete })}\n`)
