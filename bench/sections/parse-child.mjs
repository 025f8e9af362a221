// One JSONL parsing strategy over one file, in its own process: node parse-child.mjs <mode> <file> <runs> [core]
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { report, startMemory } from '../lib/mem.mjs'

const [mode, file, runsArg, corePath] = process.argv.slice(2)
const runs = Number(runsArg)
const bytes = statSync(file).size
const stream = () => Readable.toWeb(createReadStream(file))
// Loaded before the timed region, like the baseline's own code.
const { parseJsonl } = mode === 'ours' ? await import(corePath) : {}

// Every strategy must touch each parsed line, so nothing can be optimised away.
const strategies = {
  /** Bare baseline: JSON.parse over lines that were read and split outside the timed region. */
  async baseline(prepared) {
    let n = 0
    for (const line of prepared) if (line) n += JSON.parse(line).custom_id.length > 0 ? 1 : 0
    return n
  },
  /** Naive: what most snippets do with a download (`await res.text()`, split, JSON.parse). */
  async naive() {
    const text = await new Response(stream()).text()
    let n = 0
    for (const line of text.split('\n')) if (line) n += JSON.parse(line).custom_id.length > 0 ? 1 : 0
    return n
  },
  /** Floor: the same stream, UTF-8 decoded, not split nor parsed: the cost the bare baseline leaves out. */
  async decode() {
    const decoder = new TextDecoder()
    let n = 0
    for await (const chunk of stream()) n += decoder.decode(chunk, { stream: true }).length > 0 ? 1 : 0
    return n
  },
  /** Ours: parseJsonl over the file as a Web ReadableStream. */
  async ours() {
    let n = 0
    for await (const row of parseJsonl(stream())) n += row.custom_id.length > 0 ? 1 : 0
    return n
  },
}

const prepared = mode === 'baseline' ? readFileSync(file, 'utf8').split('\n') : undefined
const memory = startMemory()
const times = []
let lines = 0
for (let r = 0; r < runs; r++) {
  globalThis.gc?.()
  const t0 = performance.now()
  lines = await strategies[mode](prepared)
  times.push(performance.now() - t0)
}
const mem = memory.stop()
times.sort((a, b) => a - b)
const ms = times[Math.floor(times.length / 2)]
report({ mode, bytes, lines, ms, mbps: bytes / 1e6 / (ms / 1000), peakRss: mem.peak, growth: mem.growth })
