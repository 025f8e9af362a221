#!/usr/bin/env node
// Runs a batch end to end from a JSONL file: validate, upload, create, wait (with a progress bar), then
// stream the results.
//
//   node run.mjs requests.jsonl [model] [endpoint]
//
// With MISTRAL_API_KEY set it talks to https://api.mistral.ai (or MISTRAL_BASE_URL). Without it, it starts
// the local emulator in-process, so it runs anywhere with no account and no network.
import { openAsBlob } from 'node:fs'
import { basename } from 'node:path'
import { createClient, validateBatchInput } from '@mistral-batch/core'
import { createProgressBar } from './progress-bar.mjs'

const [path, model = 'mistral-small-latest', endpoint = '/v1/chat/completions'] = process.argv.slice(2)
if (!path) {
  console.error('usage: node run.mjs <requests.jsonl> [model] [endpoint]')
  process.exit(2)
}

/** The real API when a key is set; otherwise a local emulator on 127.0.0.1 (imported only then). */
async function connect() {
  const apiKey = process.env.MISTRAL_API_KEY
  if (apiKey) {
    const baseURL = process.env.MISTRAL_BASE_URL ?? 'https://api.mistral.ai'
    return { client: createClient({ apiKey, baseURL }), pollMs: 2_000, close: async () => {} }
  }
  const { createEmulator } = await import('@mistral-batch/emulator')
  const { serve } = await import('@mistral-batch/emulator/node')
  const server = await serve(createEmulator({ requestsPerSecond: 20, startDelayMs: 300 }), {
    port: 0,
    host: '127.0.0.1',
  })
  console.log(`No MISTRAL_API_KEY: using the local emulator at ${server.url}`)
  return { client: createClient({ baseURL: server.url }), pollMs: 200, close: () => server.close() }
}

// openAsBlob reads from disk lazily: the file is streamed, never loaded whole.
const input = await openAsBlob(path)
const check = await validateBatchInput(input, { endpoint })
if (!check.ok) {
  for (const issue of check.issues) console.error(`line ${issue.line ?? '?'}: ${issue.path} ${issue.message}`)
  process.exit(1)
}

const { client, pollMs, close } = await connect()
try {
  const file = await client.files.upload(input, { file_name: basename(path) })
  console.log(`Uploaded ${file.filename} (${check.count} requests) as ${file.id}`)

  const created = await client.batch.jobs.create({ endpoint, model, input_files: [file.id] })
  console.log(`Created job ${created.id}`)

  const progress = createProgressBar()
  const job = await client.batch.jobs.wait(created.id, { intervalMs: pollMs, onUpdate: progress.update })
  progress.done()
  console.log(`Job ${job.id} finished: ${job.status}`)

  for await (const result of client.batch.results(job)) {
    const answer = result.ok
      ? summarize(result.response?.body)
      : JSON.stringify(result.error ?? result.response)
    console.log(`${result.ok ? '✔' : '✖'} ${result.custom_id}: ${answer}`)
  }
  process.exitCode = job.status === 'SUCCESS' ? 0 : 1
} finally {
  await close()
}

/** The assistant's text for chat completions; a short JSON excerpt for any other endpoint. */
function summarize(body) {
  const text = body?.choices?.[0]?.message?.content ?? JSON.stringify(body)
  return String(text).replace(/\s+/g, ' ').slice(0, 80)
}
