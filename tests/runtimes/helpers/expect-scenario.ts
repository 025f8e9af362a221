import { expect } from 'vitest'
import { SCENARIO_STEPS } from '../scenario/scenario.js'

export interface ScenarioResult {
  ok: boolean
  runtime: string
  steps: { name: string; ms: number }[]
  failed?: string
  error?: string
  stack?: string
  resolved?: string
  version?: string
}

const MARK = 'SCENARIO_RESULT '

/** Pulls the scenario's one-line JSON report out of a child runtime's output. */
export function parseResult(output: string, context: string): ScenarioResult {
  const line = output.split('\n').find((l) => l.startsWith(MARK))
  if (!line) throw new Error(`no ${MARK.trim()} line in the output of ${context}:\n${output}`)
  return JSON.parse(line.slice(MARK.length)) as ScenarioResult
}

/** Every step ran, in order, and none failed; the failing step and its error otherwise. */
export function expectScenarioPassed(result: ScenarioResult): void {
  const failure = result.ok ? '' : `step ${result.failed} failed: ${result.error}\n${result.stack ?? ''}`
  expect(failure).toBe('')
  expect(result.steps.map((s) => s.name)).toEqual(SCENARIO_STEPS)
}
