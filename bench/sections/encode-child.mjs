// Encodes N chat requests to JSONL one way, in its own process: node encode-child.mjs <mode> <n> <runs> [core]
import { chatRequests, chatRequestsLazy } from '../lib/gen.mjs'
import { report, startMemory } from '../lib/mem.mjs'

const [mode, nArg, runsArg, corePath] = process.argv.slice(2)
// ours-lazy: the requests come from a generator, so nothing but the encoder's own memory can grow.
const requests = mode === 'ours-lazy' ? undefined : chatRequests(Number(nArg))
const core = mode.startsWith('ours') ? await import(corePath) : undefined
const drain = async (stream) => {
  let bytes = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return bytes
    bytes += value.byteLength
  }
}

const strategies = {
  /** Baseline: the one-liner, a single string holding the whole file. */
  async baseline() {
    return requests.map(JSON.stringify).join('\n').length
  },
  /** Ours: jsonlStream, consumed chunk by chunk as an upload would be. */
  async ours() {
    return drain(core.jsonlStream(requests))
  },
  async 'ours-lazy'() {
    return drain(core.jsonlStream(chatRequestsLazy(Number(nArg))))
  },
}

const memory = startMemory()
const times = []
let size = 0
for (let r = 0; r < Number(runsArg); r++) {
  globalThis.gc?.()
  const t0 = performance.now()
  size = await strategies[mode]()
  times.push(performance.now() - t0)
}
const mem = memory.stop()
times.sort((a, b) => a - b)
const ms = times[Math.floor(times.length / 2)]
report({ mode, size, ms, mbps: size / 1e6 / (ms / 1000), peakRss: mem.peak, growth: mem.growth })
