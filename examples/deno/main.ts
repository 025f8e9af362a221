// Runs a small batch end to end on Deno with `client.batch.run` and prints the results.
//
//   deno task start
//
// With MISTRAL_API_KEY set it talks to https://api.mistral.ai (or MISTRAL_BASE_URL). Without it, it serves
// the emulator (a plain Web fetch handler) with Deno.serve on 127.0.0.1, so it runs with no account.
import { createClient } from '@mistral-batch/core'

const requests = [
  { custom_id: 'cheese', body: { messages: [{ role: 'user', content: 'What is the best French cheese?' }] } },
  { custom_id: 'wine', body: { messages: [{ role: 'user', content: 'Which wine goes with Comté?' }] } },
  { custom_id: 'haiku', body: { messages: [{ role: 'user', content: 'Write a haiku about Deno.' }] } },
]

const apiKey = Deno.env.get('MISTRAL_API_KEY')
let server: Deno.HttpServer<Deno.NetAddr> | undefined
let baseURL = Deno.env.get('MISTRAL_BASE_URL') ?? 'https://api.mistral.ai'
if (!apiKey) {
  const { createEmulator } = await import('@mistral-batch/emulator')
  const emulator = createEmulator({ requestsPerSecond: 20, startDelayMs: 300 })
  server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: () => {} }, (request) =>
    emulator.fetch(request),
  )
  baseURL = `http://127.0.0.1:${server.addr.port}`
  console.log(`No MISTRAL_API_KEY: using the emulator at ${baseURL}`)
}

const client = createClient({ apiKey, baseURL })
try {
  const { job, results } = await client.batch.run(requests, {
    endpoint: '/v1/chat/completions',
    model: 'mistral-small-latest',
    intervalMs: apiKey ? 2_000 : 200,
    onUpdate: (j) => console.log(`${j.status} ${j.completed_requests}/${j.total_requests}`),
  })
  console.log(`Job ${job.id}: ${job.status}`)
  for (const r of results) {
    const body = r.response?.body as { choices?: { message?: { content?: string } }[] } | undefined
    console.log(
      `${r.ok ? '✔' : '✖'} ${r.custom_id}: ${body?.choices?.[0]?.message?.content ?? JSON.stringify(r.error)}`,
    )
  }
  if (job.status !== 'SUCCESS') Deno.exitCode = 1
} finally {
  await server?.shutdown()
}
