// Types for the plain-JS scenario, so the TypeScript suites can import it without allowJs.

export declare const SCENARIO_STEPS: readonly string[]

export interface ScenarioOptions {
  baseURL: string
  apiKey: string
  runtime: string
}

export interface ScenarioOutcome {
  ok: boolean
  runtime: string
  steps: { name: string; ms: number }[]
  failed?: string
  error?: string
  stack?: string
}

export declare function runScenario(core: unknown, options: ScenarioOptions): Promise<ScenarioOutcome>
