// The one scenario every runtime runs (Node ESM/CJS, Bun, Deno, workerd, Chromium). Plain ESM JavaScript
// importing only its siblings: the caller passes in the `@mistral-batch/core` module it loaded, so a CJS
// `require` and an ESM `import` of the built package run the very same checks.
import * as files from './file-steps.js'
import { chatRequests, toJsonlText } from './fixtures.js'
import * as jobs from './job-steps.js'

/** Every step, in order. Each runtime's test asserts all of them ran, so none is silently skipped. */
const STEPS = [
  ['upload:string', files.uploadString],
  ['upload:blob', files.uploadBlob],
  ['upload:stream', files.uploadStream],
  ['files:download', files.download],
  ['jobs:create', jobs.create],
  ['jobs:wait', jobs.wait],
  ['batch:results', jobs.results],
  ['batch:run', jobs.runAll],
  ['jobs:cancel', jobs.cancel],
  ['jobs:list', jobs.list],
  ['files:list', files.listFiles],
  ['jobs:delete', jobs.remove],
  ['errors:404', jobs.notFound],
]

export const SCENARIO_STEPS = STEPS.map(([name]) => name)

/**
 * Runs the scenario against `baseURL` and never throws: the outcome is data, so every runtime reports it
 * the same way (a stdout line, a Response's JSON, a page.evaluate value).
 */
export async function runScenario(core, { baseURL, apiKey, runtime }) {
  // A per-run metadata value: the list filters then see this run's jobs only.
  const run = `${runtime}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  const fast = chatRequests('fast', 6)
  const context = { core, run, apiKey, fast, jsonl: toJsonlText(fast), state: {} }
  context.client = core.createClient({ apiKey, baseURL })
  const steps = []
  for (const [name, fn] of STEPS) {
    const started = Date.now()
    try {
      await fn(context)
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      return { ok: false, runtime, steps, failed: name, error: detail, stack: error?.stack }
    }
    steps.push({ name, ms: Date.now() - started })
  }
  return { ok: true, runtime, steps }
}
