import { build } from 'esbuild'
import { repoRoot } from './paths'

export interface Bundle {
  code: string
  /** Repo-relative paths of every module in the bundle. */
  inputs: string[]
}

/**
 * Bundles an entry the way a user's bundler would (wrangler, Vite): `@mistral-batch/core` resolves through
 * its `exports` with the given conditions. The `source` condition is never passed, so the built dist is used.
 */
export async function bundle(entry: string, conditions: string[]): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions,
    target: 'es2022',
    // The runtime's own modules (`cloudflare:workers`, …), left to workerd as wrangler leaves them.
    external: ['cloudflare:*'],
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: repoRoot,
  })
  const code = result.outputFiles[0]?.text
  if (code === undefined) throw new Error(`esbuild produced no output for ${entry}`)
  return { code, inputs: Object.keys(result.metafile.inputs) }
}

/** True when the bundle holds core's built ESM and no workspace package's TypeScript sources. */
export function usesBuiltCore(inputs: string[]): boolean {
  const fromDist = inputs.some((p) => /packages\/core\/dist\/(index|proxy)\.js$/.test(p))
  const fromSource = inputs.some((p) => /packages\/[^/]+\/src\//.test(p))
  return fromDist && !fromSource
}
