// Streams one served output file and reports peak RSS growth: node stream-child.mjs <mode> <url> <job> [core]
import { report, startMemory } from '../lib/mem.mjs'

const [mode, baseURL, jobId, corePath] = process.argv.slice(2)

const strategies = {
  /** Floor: read the body's bytes and drop them, no decoding or parsing: what Node's fetch itself costs. */
  async raw() {
    const job = await (await fetch(`${baseURL}/v1/batch/jobs/${jobId}`)).json()
    const reader = (await fetch(`${baseURL}/v1/files/${job.output_file}/content`)).body.getReader()
    let bytes = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return bytes
      bytes += value.byteLength
    }
  },
  /** Ours: every result line through client.batch.results, never holding the file. */
  async ours() {
    const { createClient } = await import(corePath)
    const client = createClient({ baseURL, apiKey: 'x' })
    let n = 0
    for await (const r of client.batch.results(jobId)) n += r.custom_id ? 1 : 0
    return n
  },
  /** Naive: `await res.text()`, split, JSON.parse (what the official SDK's users write). */
  async naive() {
    const job = await (await fetch(`${baseURL}/v1/batch/jobs/${jobId}`)).json()
    const res = await fetch(`${baseURL}/v1/files/${job.output_file}/content`)
    const text = await res.text()
    let n = 0
    for (const line of text.split('\n')) if (line) n += JSON.parse(line).custom_id ? 1 : 0
    return n
  },
}

// Warm up module loading and fetch so their one-off cost is not counted as growth.
if (mode === 'ours') await import(corePath)
await fetch(`${baseURL}/v1/batch/jobs/${jobId}`).then((r) => r.text())
const memory = startMemory()
const t0 = performance.now()
try {
  const lines = await strategies[mode]()
  const ms = performance.now() - t0
  report({ mode, lines, ms, ...memory.stop() })
} catch (error) {
  report({ mode, failed: `${error.name}: ${error.message}`.slice(0, 200), ...memory.stop() })
}
