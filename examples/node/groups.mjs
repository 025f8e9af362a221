#!/usr/bin/env node
// A batch of any size as a group: the file is cut into shards at line boundaries (at most
// maxRequestsPerJob requests and just under 512 MB each), one upload and one job per shard. Run it again
// with the same group id after a crash, and only the shards without a job are submitted. Then it waits for
// every job with one progress bar, streams every result, and retries the requests that failed.
//
//   node groups.mjs requests.jsonl [group_id] [maxRequestsPerJob]
//
// With MISTRAL_API_KEY set it talks to https://api.mistral.ai (or MISTRAL_BASE_URL); without it, to a
// local emulator started in-process.
import { openAsBlob } from 'node:fs'
import { connect } from './connect.mjs'
import { createProgressBar } from './progress-bar.mjs'

const [path, group_id = `example-${Date.now()}`, perJob = '100000'] = process.argv.slice(2)
if (!path) {
  console.error('usage: node groups.mjs <requests.jsonl> [group_id] [maxRequestsPerJob]')
  process.exit(2)
}

const { client, pollMs, close } = await connect()
let shown = 0
try {
  // openAsBlob: each shard is a Blob.slice of the file on disk, never read into memory.
  const input = await openAsBlob(path)
  const group = await client.batch.groups.create(input, {
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    group_id, // keep it: the same id resumes this group instead of starting another
    maxRequestsPerJob: Number(perJob),
    onProgress: (p) => {
      if (p.shards_submitted === shown) return
      shown = p.shards_submitted
      console.log(`shard ${shown} submitted`)
    },
  })
  console.log(`Group ${group.id}: ${group.jobs.length} jobs`)

  const progress = createProgressBar()
  const done = await client.batch.groups.wait(group.id, { intervalMs: pollMs, onUpdate: progress.update })
  progress.done()
  console.log(`Group ${done.id} finished: ${done.status}`)

  let ok = 0
  for await (const result of client.batch.groups.results(done)) if (result.ok) ok++
  console.log(`${ok} of ${done.total_requests} requests succeeded`)

  // Only the failed requests, with their original bodies, as a new job; a second call returns the same one.
  const retry = await client.batch.retryFailed(done)
  console.log(retry ? `Retrying ${done.failed_requests} failed requests as ${retry.id}` : 'Nothing to retry')
} finally {
  await close()
}
