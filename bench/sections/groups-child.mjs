// One group submission (or its one-file baseline) against an emulator, with peak RSS growth:
//   node groups-child.mjs group <url> <file> <core.mjs> [maxBytesPerFile] [maxRequestsPerJob]
//   node groups-child.mjs single <url> <file>
import { openAsBlob } from 'node:fs'
import { report, startMemory } from '../lib/mem.mjs'

const [mode, baseURL, path, corePath, maxBytes, maxRequests] = process.argv.slice(2)
const blob = await openAsBlob(path)

const strategies = {
  /** Ours: the file on disk, sharded by Blob.slice and submitted as a group. */
  async group(core) {
    const client = core.createClient({ baseURL, apiKey: 'x' })
    const group = await client.batch.groups.create(blob, {
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      ...(maxBytes ? { maxBytesPerFile: Number(maxBytes) } : {}),
      ...(maxRequests ? { maxRequestsPerJob: Number(maxRequests) } : {}),
    })
    return { jobs: group.jobs.length }
  },
  /** Baseline: the same bytes as one multipart file in one fetch (no sharding, no client). */
  async single() {
    const form = new FormData()
    form.append('file', blob, 'whole.jsonl')
    form.append('purpose', 'batch')
    const response = await fetch(`${baseURL}/v1/files`, { method: 'POST', body: form })
    if (!response.ok)
      throw new Error(`upload answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
    await response.json()
    return { jobs: 0 }
  },
}

// Warm up module loading and fetch so their one-off cost is not counted as growth.
const core = mode === 'group' ? await import(corePath) : undefined
await fetch(`${baseURL}/v1/batch/jobs`).then((r) => r.text())
const memory = startMemory()
const t0 = performance.now()
try {
  const result = await strategies[mode](core)
  const ms = performance.now() - t0
  report({ mode, bytes: blob.size, ms, ...result, ...memory.stop() })
} catch (error) {
  report({ mode, failed: `${error.name}: ${error.message}`.slice(0, 300), ...memory.stop() })
}
