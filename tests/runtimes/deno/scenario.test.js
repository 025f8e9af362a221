// Deno: `deno test` importing the built package the way a Deno user with a node_modules folder does
// (nodeModulesDir "manual": bare specifiers resolve through package.json `exports`, no registry fetch).
import * as core from '@mistral-batch/core'
import { runScenario } from '../scenario/scenario.js'

Deno.test('the runtime scenario passes on Deno', async () => {
  const baseURL = Deno.env.get('MB_EMULATOR_URL')
  const apiKey = Deno.env.get('MB_API_KEY')
  const result = await runScenario(core, { baseURL, apiKey, runtime: 'deno' })
  const resolved = import.meta.resolve('@mistral-batch/core')
  console.log(`SCENARIO_RESULT ${JSON.stringify({ ...result, resolved, version: Deno.version.deno })}`)
  if (!result.ok) throw new Error(`step ${result.failed} failed: ${result.error}`)
})
