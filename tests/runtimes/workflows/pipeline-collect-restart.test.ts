import { createClient } from '@mistral-batch/core'
import { afterAll, describe, expect, it } from 'vitest'
import { waitForInstance, wake } from '../helpers/workflows'
import { completed, readResults } from './pipeline-harness'
import { PIPELINE_INPUT, pipelineRig, posts, startWaiting } from './pipeline-rig'

const cleanup: (() => unknown)[] = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})

/** The shard indexes whose collect step is done, from the local engine's step results. */
const collected = (outputs: unknown[] = []): number[] =>
  outputs.flatMap((o) =>
    typeof o === 'object' && o !== null && 'succeeded' in o && 'index' in o ? [Number(o.index)] : [],
  )

describe('examples/cloudflare-workflow restarted while collecting', () => {
  it('collects only the shards not yet done, and every result lands in R2 once', async () => {
    // 150 ms on every request: each shard's collect step takes a few round trips, time enough to stop it.
    const { emulator, start } = await pipelineRig(cleanup, {
      requestsPerSecond: 50,
      faults: { latencyMs: 150 },
    })
    const first = start()
    const { id, group_id } = await startWaiting(first)
    const seen = await waitForInstance(
      await first.workflow(),
      id,
      (s) => collected(s.__LOCAL_DEV_STEP_OUTPUTS).length >= 1,
    )
    await first.mf.dispose()
    const done_before = collected(seen.__LOCAL_DEV_STEP_OUTPUTS)
    expect(done_before.length).toBeLessThan(3)
    const before = emulator.log.length

    const second = start()
    await wake(await second.workflow(), id)
    const done = await completed(second, id)
    expect(done.status, JSON.stringify(done.error)).toBe('complete')
    const after = emulator.log.slice(before)
    expect(posts(after)).toEqual([])
    // A finished shard's output is not downloaded again; the last shard's is, after the restart.
    const group = await createClient({ apiKey: 'test-key', baseURL: emulator.url }).batch.groups.get(group_id)
    const downloads = (index: number) =>
      after.filter((line) => line === `GET /v1/files/${group.jobs[index]?.output_file}/content`).length
    expect(done_before.map(downloads)).toEqual(done_before.map(() => 0))
    expect(downloads(2)).toBeGreaterThan(0)
    expect(done.output).toMatchObject({ group_id, status: 'SUCCESS', results: 25 })
    const stored = await readResults(await second.bucket(), group_id)
    expect(stored.lines.map((l) => l.custom_id).sort()).toEqual(PIPELINE_INPUT.ids)
  })
})
