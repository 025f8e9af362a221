import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { binDir } from '../helpers/paths'

// `npx mistral-batch-emulator` after install: the linked bin (a committed shim over the built CLI), run the
// way npx runs it, must print its URL and serve the API.
describe('the mistral-batch-emulator bin', () => {
  it('starts from node_modules/.bin, prints its URL and answers GET /v1/batch/jobs', async () => {
    const child = spawn(`${binDir}/mistral-batch-emulator`, ['--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out)
          if (match) resolve(match[0])
        })
        child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())))
        child.once('exit', (code) => reject(new Error(`exited with ${code} before printing a URL: ${out}`)))
      })
      const response = await fetch(`${url}/v1/batch/jobs`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ data: [], object: 'list', total: 0 })
    } finally {
      child.kill()
    }
  })
})
