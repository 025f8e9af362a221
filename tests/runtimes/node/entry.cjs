// Node CJS: `require` the built package through its `exports` ("require" condition → dist/index.cjs).
// The scenario itself is ESM, loaded with a dynamic import; it only uses the `core` object passed in.
// Usage: node entry.cjs <emulator url> <api key>
const core = require('@mistral-batch/core')

async function main() {
  const { runScenario } = await import('../scenario/scenario.js')
  const [baseURL, apiKey] = process.argv.slice(2)
  const result = await runScenario(core, { baseURL, apiKey, runtime: 'node-cjs' })
  const resolved = require.resolve('@mistral-batch/core')
  console.log(`SCENARIO_RESULT ${JSON.stringify({ ...result, resolved, version: process.version })}`)
  process.exitCode = result.ok ? 0 : 1
}

main()
