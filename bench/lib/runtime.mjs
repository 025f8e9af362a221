// Builds the code under test once per run: our packages' TypeScript sources (the `source` condition),
// bundled with their dependencies by esbuild into os.tmpdir(). Child processes import these files, so the
// bench measures the sources as they are right now and needs no `pnpm build` (tsup is esbuild too).
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const benchDir = fileURLToPath(new URL('..', import.meta.url))
export const workDir = join(tmpdir(), 'mistral-batch-bench')

const entries = {
  core: "export * from '@mistral-batch/core'",
  emulator: "export * from '@mistral-batch/emulator'",
  emulatorNode: "export * from '@mistral-batch/emulator/node'",
}

/** Bundles each entry; returns { name: { path, exports } } or { name: { error } } when it does not build. */
export async function buildRuntime() {
  const outDir = join(workDir, 'runtime')
  mkdirSync(outDir, { recursive: true })
  const out = {}
  for (const [name, contents] of Object.entries(entries)) {
    const path = join(outDir, `${name}.mjs`)
    try {
      await build({
        stdin: { contents, resolveDir: benchDir, loader: 'js' },
        bundle: true,
        outfile: path,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        conditions: ['source'],
        logLevel: 'silent',
      })
      const mod = await import(`${path}?t=${Date.now()}`)
      out[name] = { path, exports: Object.keys(mod) }
    } catch (error) {
      out[name] = {
        error: String(error.message ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' '),
      }
    }
  }
  return out
}
