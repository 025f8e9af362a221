import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { assertBuilt } from '../helpers/built'
import { repoRoot } from '../helpers/paths'

// Every built entry of every published package, bundled the way wrangler, Vite or a user's esbuild would.
// A warning here is a warning every user sees, e.g. "Ignoring this import because … was marked as
// having no side effects" when a chunk is imported bare under `"sideEffects": false`.
const PACKAGES = ['core', 'react', 'emulator'] as const
const CONDITIONS = {
  browser: ['browser', 'import'],
  workerd: ['workerd', 'worker', 'browser', 'import'],
  node: ['node', 'import'],
  require: ['node', 'require'],
}

function entries(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(`${repoRoot}packages/${pkg}/package.json`, 'utf8')) as {
    name: string
    exports: Record<string, unknown>
  }
  return Object.keys(manifest.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => `${manifest.name}${subpath.slice(1)}`)
}

const cases = PACKAGES.flatMap((pkg) =>
  entries(pkg).flatMap((specifier) =>
    Object.entries(CONDITIONS)
      // The emulator's Node server is for Node only.
      .filter(([runtime]) => !specifier.endsWith('/node') || runtime === 'node' || runtime === 'require')
      .map(([runtime, conditions]) => [specifier, runtime, conditions] as const),
  ),
)

describe('bundling the built packages', () => {
  it('covers every export of core, react and the emulator', () => {
    assertBuilt()
    expect(cases.map(([specifier]) => specifier)).toEqual(
      expect.arrayContaining([
        '@mistral-batch/core/query',
        '@mistral-batch/core/validate',
        '@mistral-batch/react',
      ]),
    )
  })

  it.each(cases)('%s bundles for %s with no warning', async (specifier, runtime, conditions) => {
    const result = await build({
      // Re-exporting everything keeps every module and every import of the entry in the bundle.
      stdin: {
        contents: `export * from '${specifier}'`,
        resolveDir: `${repoRoot}tests/runtimes`,
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: runtime === 'browser' || runtime === 'workerd' ? 'browser' : 'node',
      conditions,
      mainFields: runtime === 'require' ? ['main'] : ['module', 'main'],
      external: ['react', 'react/*'],
      target: 'es2022',
      logLevel: 'silent',
      metafile: true,
    })
    const warnings = result.warnings.map((w) => `${w.location?.file ?? '?'}: ${w.text}`)
    expect(warnings).toEqual([])
    // The bundle came from the built dist, never from TypeScript sources.
    expect(Object.keys(result.metafile.inputs).some((p) => /packages\/\w+\/src\//.test(p))).toBe(false)
  })
})
