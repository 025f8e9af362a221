// Counts job polls in virtual time:
//   node poll-child.mjs <who> <scenario> <minutes> <subscribers> <doneAtMinutes> [core]
// who: ours-observe | ours-wait | sdk-loop (the official docs' 1-second loop, one per subscriber).
// scenario: moving (counters advance every second, never done) | flat (counters frozen until SUCCESS at
// doneAtMinutes) | hidden (flat, with a document whose `hidden` is true).
import { installFakeClock } from '../lib/fake-clock.mjs'
import { report } from '../lib/mem.mjs'

const [who, scenario, minutesArg, subsArg, doneAtArg, corePath] = process.argv.slice(2)
const minutes = Number(minutesArg)
const subscribers = Number(subsArg)
const JOB = 'job-poll'
const DONE_AT = Number(doneAtArg) * 60_000

let clock = { elapsed: () => 0 }
if (scenario === 'hidden') {
  globalThis.document = {
    hidden: true,
    visibilityState: 'hidden',
    addEventListener() {},
    removeEventListener() {},
  }
}

/** The job as the server reports it `elapsed` ms after creation (contract §3.6 shape). */
function jobAt(elapsed) {
  const done = scenario !== 'moving' && elapsed >= DONE_AT
  const completed = done ? 100_000 : scenario === 'moving' ? Math.floor(elapsed / 1000) * 10 : 5_000
  return {
    id: JOB,
    object: 'batch',
    input_files: ['11111111-1111-4111-8111-111111111111'],
    metadata: null,
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    output_file: done ? '22222222-2222-4222-8222-222222222222' : null,
    error_file: null,
    errors: [],
    status: done ? 'SUCCESS' : 'RUNNING',
    created_at: 1767225600,
    total_requests: 100_000,
    completed_requests: completed,
    succeeded_requests: completed,
    failed_requests: 0,
    started_at: 1767225601,
    completed_at: done ? 1767225600 + DONE_AT / 1000 : null,
  }
}

let polls = 0
let detectedAt = null
globalThis.fetch = async () => {
  polls++
  const job = jobAt(clock.elapsed())
  if (job.status === 'SUCCESS' && detectedAt === null) detectedAt = clock.elapsed()
  return new Response(JSON.stringify(job), { status: 200, headers: { 'content-type': 'application/json' } })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
let stop = false

// Warm-up with real time: the SDK lazy-imports its tracing hook on the first call, which takes real I/O
// turns the virtual clock cannot see. Polls are counted from zero after it.
const { Mistral } = await import('@mistralai/mistralai')
const mistral = new Mistral({ apiKey: 'x', serverURL: 'http://127.0.0.1:9' })
const core = who === 'sdk-loop' ? undefined : await import(corePath)
const client = core?.createClient({ apiKey: 'x', baseURL: 'http://127.0.0.1:9' })
await (client ? client.batch.jobs.get(JOB) : mistral.batch.jobs.get({ jobId: JOB }))
polls = 0
clock = installFakeClock()

if (who === 'sdk-loop') {
  // The official docs' loop: get, then while QUEUED/RUNNING sleep 1 s and get again; one per subscriber.
  for (let s = 0; s < subscribers; s++) {
    ;(async () => {
      let job = await mistral.batch.jobs.get({ jobId: JOB })
      while (!stop && (job.status === 'QUEUED' || job.status === 'RUNNING')) {
        await sleep(1000)
        job = await mistral.batch.jobs.get({ jobId: JOB })
      }
    })().catch((e) => console.error('sdk loop:', e))
  }
} else if (who === 'ours-wait') {
  client.batch.jobs.wait(JOB).catch(() => {})
} else {
  const observer = client.batch.jobs.observe(JOB)
  const unsubscribe = []
  for (let s = 0; s < subscribers; s++) unsubscribe.push(observer.subscribe(() => {}))
  setTimeout(() => {
    for (const u of unsubscribe) u()
  }, minutes * 60_000)
}

await clock.advance(minutes * 60_000)
stop = true
report({
  who,
  scenario,
  minutes,
  subscribers,
  polls,
  detectedAfterMs: detectedAt === null ? null : detectedAt,
})
