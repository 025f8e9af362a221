// Deno: the 20 MB upload with the built core, imported as a Deno user with a node_modules folder does.
import * as core from '@mistral-batch/core'
import { uploadWithProgress } from './upload-20mb.js'

const run = await uploadWithProgress(core, {
  baseURL: Deno.env.get('MB_EMULATOR_URL'),
  apiKey: Deno.env.get('MB_API_KEY'),
})
console.log(`PROGRESS_RESULT ${JSON.stringify({ ...run, version: Deno.version.deno })}`)
