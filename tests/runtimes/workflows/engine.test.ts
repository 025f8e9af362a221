import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimesDir } from '../helpers/paths'
import { waitForInstance, wake, workflowOf } from '../helpers/workflows'

// What the pinned Miniflare's local Workflows engine does across a restart, on a toy Workflow: the
// pipeline tests (examples/cloudflare-workflow) rely on exactly this.
const calls: string[] = []
const server = createServer((request, response) => {
  calls.push(request.url ?? '')
  response.end()
})
let reportUrl = ''
const persist = mkdtempSync(`${tmpdir()}/workflows-engine-`)
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  reportUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.close()
  rmSync(persist, { recursive: true, force: true })
})

const start = () =>
  new Miniflare({
    modules: true,
    script: readFileSync(`${runtimesDir}workflows/toy-worker.js`, 'utf8'),
    compatibilityDate: '2026-04-20',
    cf: false,
    bindings: { REPORT_URL: reportUrl },
    workflows: { TOY: { name: 'toy', className: 'Toy' } },
    workflowsPersist: persist,
  })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('Miniflare Workflows (workerd) across a restart', () => {
  it('keeps a sleeping instance on disk; once touched it replays its steps and finishes, each step run once', async () => {
    let mf = start()
    try {
      const toy = await workflowOf(mf, 'TOY')
      await toy.create({ id: 'toy-1', params: { wait_ms: 1_500 } })
      await waitForInstance(toy, 'toy-1', (s) => (s.__LOCAL_DEV_STEP_OUTPUTS ?? []).length === 1)
      await sleep(300) // into the 1.5 s sleep
      expect(calls).toEqual(['/submit'])
    } finally {
      await mf.dispose()
    }

    mf = start()
    try {
      const toy = await workflowOf(mf, 'TOY')
      // Past the sleep's end, the instance has not moved: the local engine sets no alarm for it.
      await sleep(2_500)
      expect((await (await toy.get('toy-1')).status()).status).toBe('running')
      expect(calls).toEqual(['/submit'])

      await wake(toy, 'toy-1')
      const done = await waitForInstance(toy, 'toy-1', (s) => s.status === 'complete')
      expect(done.output).toEqual({ collected: true })
      expect(calls).toEqual(['/submit', '/collect'])
    } finally {
      await mf.dispose()
    }
  })
})
