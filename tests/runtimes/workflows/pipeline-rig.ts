import type { EmulatorOptions } from '@mistral-batch/emulator'
import { expect } from 'vitest'
import { waitForInstance } from '../helpers/workflows'
import { buildExample, requestsJsonl, startLoggedEmulator, startWorker, stateDir } from './pipeline-harness'

/**
 * A logged emulator, a state folder and `start()` for the example Worker on it (fast polls); each piece is
 * pushed on `cleanup`. The emulator's `requestsPerSecond` sets how long the jobs run.
 */
export async function pipelineRig(cleanup: (() => unknown)[], emulatorOptions: EmulatorOptions) {
  const emulator = await startLoggedEmulator({ startDelayMs: 200, ...emulatorOptions })
  const state = stateDir()
  cleanup.push(() => emulator.close(), state.remove)
  const script = await buildExample()
  const bindings = { MISTRAL_API_KEY: 'test-key', MISTRAL_BASE_URL: emulator.url, POLL_INTERVAL_MS: '300' }
  const start = () => {
    const worker = startWorker(script, state.path, bindings)
    cleanup.push(() => worker.mf.dispose().catch(() => {}))
    return worker
  }
  return { emulator, state, start }
}

/** 25 requests, 10 a job: 3 jobs. */
export const PIPELINE_INPUT = requestsJsonl(25)
/** POST /pipelines' body for PIPELINE_INPUT, plus `extra`. */
export const pipelineBody = (extra: object = {}) => ({
  input: 'inputs/requests.jsonl',
  endpoint: '/v1/embeddings',
  model: 'mistral-embed',
  max_requests_per_job: 10,
  ...extra,
})

/** Starts a pipeline and returns once its submit step and first poll are done: it is now waiting. */
export async function startWaiting(worker: ReturnType<typeof startWorker>, extra?: object) {
  await (await worker.bucket()).put('inputs/requests.jsonl', PIPELINE_INPUT.text)
  const started = await worker.call('POST', '/pipelines', pipelineBody(extra))
  const { id, group_id } = started.body as { id: string; group_id: string }
  const waiting = await waitForInstance(
    await worker.workflow(),
    id,
    (s) => (s.__LOCAL_DEV_STEP_OUTPUTS ?? []).length >= 2,
  )
  expect(waiting.__LOCAL_DEV_STEP_OUTPUTS?.[1]).toMatchObject({ terminal: false })
  return { id, group_id }
}

/** The POSTs of an emulator log: uploads and job creates (and cancels). */
export const posts = (log: string[]) => log.filter((line) => line.startsWith('POST'))
