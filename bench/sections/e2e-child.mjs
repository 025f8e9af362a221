// One end-to-end batch against the emulator: node e2e-child.mjs <who> <url> <n> [core]
// who: ours (client.batch.run, then every result) | sdk (the official SDK doing the same steps: upload the
// JSONL, create the job, its docs' 1-second polling loop, download the output and parse it).
import { chatRequests } from '../lib/gen.mjs'
import { report, startMemory } from '../lib/mem.mjs'

const [who, baseURL, nArg, corePath] = process.argv.slice(2)
const requests = chatRequests(Number(nArg))
const endpoint = '/v1/chat/completions'
const model = 'mistral-small-latest'
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// Modules load before the clock and the memory baseline start, for both clients alike.
const { createClient } = who === 'ours' ? await import(corePath) : {}
const { Mistral } = who === 'sdk' ? await import('@mistralai/mistralai') : {}

async function ours() {
  const client = createClient({ baseURL, apiKey: 'x' })
  const { job, results } = await client.batch.run(requests, { endpoint, model })
  let ok = 0
  for await (const r of results) ok += r.ok ? 1 : 0
  return { status: job.status, ok }
}

async function sdk() {
  const mistral = new Mistral({ apiKey: 'x', serverURL: baseURL })
  const content = new TextEncoder().encode(requests.map((r) => JSON.stringify(r)).join('\n'))
  const file = await mistral.files.upload({ file: { fileName: 'batch.jsonl', content }, purpose: 'batch' })
  const created = await mistral.batch.jobs.create({ inputFiles: [file.id], endpoint, model })
  let job = await mistral.batch.jobs.get({ jobId: created.id })
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    await sleep(1000)
    job = await mistral.batch.jobs.get({ jobId: created.id })
  }
  const text = await new Response(await mistral.files.download({ fileId: job.outputFile })).text()
  let ok = 0
  for (const line of text.split('\n')) if (line && JSON.parse(line).response?.status_code === 200) ok++
  return { status: job.status, ok }
}

const memory = startMemory()
const t0 = performance.now()
try {
  const out = await (who === 'ours' ? ours() : sdk())
  report({ who, ...out, ms: performance.now() - t0, ...memory.stop() })
} catch (error) {
  report({
    who,
    failed: `${error.name}: ${error.message}`.slice(0, 240),
    ms: performance.now() - t0,
    ...memory.stop(),
  })
}
