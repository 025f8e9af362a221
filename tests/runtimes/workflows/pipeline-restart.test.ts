import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { wake } from '../helpers/workflows'
import { completed, readResults } from './pipeline-harness'
import { PIPELINE_INPUT, pipelineBody, pipelineRig, posts, startWaiting } from './pipeline-rig'

// The example's pipeline (examples/cloudflare-workflow) across a restart of workerd, and cancelled, on
// Miniflare's local Workflows engine with its state on disk. 25 requests at 10 a job: 3 jobs.
const cleanup: (() => unknown)[] = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})
const setup = (options: { requestsPerSecond: number }) => pipelineRig(cleanup, options)

describe('examples/cloudflare-workflow across a restart', () => {
  it('disposed while waiting, started again on the same state: finishes with exactly 3 jobs and every result once', async () => {
    const { emulator, start } = await setup({ requestsPerSecond: 4 })
    const first = start()
    const { id, group_id } = await startWaiting(first)
    await first.mf.dispose()
    expect([emulator.emulator.state.jobs, emulator.emulator.state.uploads]).toEqual([3, 3])
    const before = emulator.log.length

    const second = start()
    await wake(await second.workflow(), id)
    const done = await completed(second, id)
    expect(done.status, JSON.stringify(done.error)).toBe('complete')
    // The submit step was replayed from the engine's state, not run again: no upload, no job create.
    expect(posts(emulator.log.slice(before))).toEqual([])
    expect([emulator.emulator.state.jobs, emulator.emulator.state.uploads]).toEqual([3, 3])
    expect(done.output).toMatchObject({ group_id, status: 'SUCCESS', results: 25, succeeded: 25 })
    const stored = await readResults(await second.bucket(), group_id)
    expect(stored.lines.map((l) => l.custom_id).sort()).toEqual(PIPELINE_INPUT.ids)
  })

  it('with the instance lost, a new instance for the same group id completes it: no duplicate job or upload, no lost result', async () => {
    const { emulator, state, start } = await setup({ requestsPerSecond: 4 })
    const first = start()
    const { group_id } = await startWaiting(first)
    await first.mf.dispose()
    rmSync(`${state.path}/workflows`, { recursive: true, force: true })
    const before = emulator.log.length

    const second = start()
    const again = await second.call('POST', '/pipelines', pipelineBody({ group_id }))
    const { id } = again.body as { id: string }
    const done = await completed(second, id)
    expect(done.status, JSON.stringify(done.error)).toBe('complete')
    // groups.create found every shard's upload and job by the group id, and sent nothing.
    expect(posts(emulator.log.slice(before))).toEqual([])
    expect([emulator.emulator.state.jobs, emulator.emulator.state.uploads]).toEqual([3, 3])
    expect(done.output).toMatchObject({ group_id, status: 'SUCCESS', results: 25 })
    const stored = await readResults(await second.bucket(), group_id)
    expect(stored.lines.map((l) => l.custom_id).sort()).toEqual(PIPELINE_INPUT.ids)
  })
})

describe('examples/cloudflare-workflow cancelled', () => {
  it('POST /groups/:id/cancel cancels every job; the pipeline records what finished, each result at most once', async () => {
    const { emulator, start } = await setup({ requestsPerSecond: 1 })
    const worker = start()
    const { id, group_id } = await startWaiting(worker)
    const cancelled = await worker.call('POST', `/groups/${group_id}/cancel`)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ id: group_id, status: expect.stringMatching(/^CANCEL/) })

    const done = await completed(worker, id)
    expect(done.status, JSON.stringify(done.error)).toBe('complete')
    const summary = done.output as { status: string; results: number; shards: { status: string }[] }
    expect(summary.status).toBe('CANCELLED')
    expect(summary.shards.map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED'])
    expect(summary.results).toBeLessThan(25)
    const stored = await readResults(await worker.bucket(), group_id)
    const seen = stored.lines.map((l) => l.custom_id)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.every((custom_id) => PIPELINE_INPUT.ids.includes(custom_id))).toBe(true)
    expect(seen.length).toBe(summary.results)
    expect(stored.summary).toEqual(summary)
    expect(emulator.emulator.state.jobs).toBe(3)
  })
})
