import { onTestFailed } from 'vitest'

/** The seed CI uses, so a landing run is reproducible; local runs explore a fresh seed each time. */
const CI_SEED = 20261122

/**
 * The fault seed: `RELIABILITY_SEED` when set (to replay a failure), CI_SEED under `CI`, else a fresh random
 * one. It is printed when the test fails, so every failure can be replayed with `RELIABILITY_SEED=<seed>`.
 */
export function faultSeed(): number {
  const fromEnv = process.env.RELIABILITY_SEED
  const seed = fromEnv ? Number(fromEnv) : process.env.CI ? CI_SEED : Math.floor(Math.random() * 2 ** 32)
  if (!Number.isInteger(seed)) throw new Error(`RELIABILITY_SEED must be an integer, got "${fromEnv}"`)
  onTestFailed(() => {
    console.error(
      `fault seed ${seed}: replay with RELIABILITY_SEED=${seed} npx vitest run --project reliability`,
    )
  })
  return seed
}
