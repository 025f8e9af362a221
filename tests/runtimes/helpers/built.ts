import { existsSync, readFileSync } from 'node:fs'
import { repoRoot } from './paths'

/** The built files the matrix imports; the suites never fall back to the TypeScript sources. */
const REQUIRED = [
  'packages/core/dist/index.js',
  'packages/core/dist/index.cjs',
  'packages/core/dist/proxy.js',
  'packages/emulator/dist/index.js',
  'packages/emulator/dist/node.js',
]

/**
 * Fails with an actionable message when the packages are not built (or still the scaffold's placeholder),
 * instead of a confusing resolution error deep inside one runtime.
 */
export function assertBuilt(): void {
  const missing = REQUIRED.filter((file) => !existsSync(`${repoRoot}${file}`))
  if (missing.length > 0) {
    throw new Error(
      `The runtime matrix imports the BUILT packages, and these are missing: ${missing.join(', ')}.\n` +
        'Run `pnpm build` (or `pnpm --filter "./packages/*" build`) first; `pnpm test` does it for you.',
    )
  }
  const core = readFileSync(`${repoRoot}packages/core/dist/index.js`, 'utf8')
  if (!core.includes('createClient')) {
    throw new Error('packages/core/dist/index.js has no createClient: rebuild with `pnpm build`.')
  }
}
