import { expect } from 'vitest'
import type { WorkflowStep, WorkflowStepConfig } from '../../src/workflows/step'

/**
 * A step double with the engine's replay semantics: a `do` whose name is in the journal returns the
 * cached result (as JSON, as the engine stores it) without running; a sleep is journalled by name and
 * duration. `crashAt` makes the n-th new sleep throw, as an instance evicted mid-wait stops.
 */
export function journalStep(journal = new Map<string, string>(), crashAt?: { sleep: number }) {
  const ran: string[] = []
  const sleeps: [string, number][] = []
  const configs: (WorkflowStepConfig | undefined)[] = []
  let newSleeps = 0
  const step: WorkflowStep = {
    async do<T>(name: string, ...args: [() => Promise<T>] | [WorkflowStepConfig, () => Promise<T>]) {
      const callback = args.length === 1 ? args[0] : args[1]
      configs.push(args.length === 1 ? undefined : args[0])
      const cached = journal.get(name)
      if (cached !== undefined) return JSON.parse(cached) as T
      ran.push(name)
      const result = await callback()
      journal.set(name, JSON.stringify(result))
      return JSON.parse(JSON.stringify(result)) as T
    },
    async sleep(name: string, duration: number) {
      sleeps.push([name, duration])
      const key = `sleep ${name}`
      if (journal.has(key)) {
        expect(journal.get(key), `replayed sleep ${name} keeps its duration`).toBe(String(duration))
        return
      }
      if (crashAt && ++newSleeps === crashAt.sleep) throw new Error('evicted')
      journal.set(key, String(duration))
    },
  }
  return { step, journal, ran, sleeps, configs }
}
