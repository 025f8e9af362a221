// Node ESM (and Bun, which runs this same file): `import` the built package through its `exports`, as a
// user would. Usage: node entry.mjs <emulator url> <api key>
import * as core from '@mistral-batch/core'
import { runScenario } from '../scenario/scenario.js'

const [baseURL, apiKey] = process.argv.slice(2)
const runtime = typeof Bun === 'undefined' ? 'node-esm' : 'bun'
const result = await runScenario(core, { baseURL, apiKey, runtime })
const version = typeof Bun === 'undefined' ? process.version : Bun.version
const resolved = import.meta.resolve('@mistral-batch/core')
console.log(`SCENARIO_RESULT ${JSON.stringify({ ...result, resolved, version })}`)
process.exitCode = result.ok ? 0 : 1
