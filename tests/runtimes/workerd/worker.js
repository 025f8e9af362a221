// A module Worker bundling the built core (no nodejs_compat): POST { baseURL, apiKey } runs the scenario
// inside workerd and answers its outcome as JSON.
import * as core from '@mistral-batch/core'
import { runScenario } from '../scenario/scenario.js'

export default {
  async fetch(request) {
    const { baseURL, apiKey } = await request.json()
    const result = await runScenario(core, { baseURL, apiKey, runtime: 'workerd' })
    return Response.json({ ...result, version: navigator.userAgent })
  },
}
