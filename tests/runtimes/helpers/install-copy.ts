import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { repoRoot } from './paths'

interface Manifest {
  dependencies?: Record<string, string>
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))

/**
 * A fresh project folder with `@mistral-batch/core` laid out in node_modules as `npm install` leaves it:
 * real folders (package.json + dist), not the workspace's symlink. Deno resolves a symlinked package to
 * its real path outside node_modules and then type-checks it as local files, where the d.ts chunks'
 * `./x.js` imports do not map to `./x.d.ts`; an installed copy is what a Deno user has.
 */
export function projectWithInstalledCore(prefix: string): string {
  const project = mkdtempSync(`${tmpdir()}/${prefix}`)
  const core = `${repoRoot}packages/core`
  const target = `${project}/node_modules/@mistral-batch/core`
  mkdirSync(target, { recursive: true })
  cpSync(`${core}/package.json`, `${target}/package.json`)
  cpSync(`${core}/dist`, `${target}/dist`, { recursive: true })
  // Every runtime dependency, transitively (ofetch brings destr, ufo and node-fetch-native), flattened
  // into the project's node_modules as npm would. pnpm keeps a package's dependencies beside it.
  const copied = new Set<string>()
  const copy = (dep: string, nodeModules: string) => {
    if (copied.has(dep)) return
    copied.add(dep)
    const source = realpathSync(`${nodeModules}/${dep}`)
    cpSync(source, `${project}/node_modules/${dep}`, { recursive: true, dereference: true })
    const own = source.slice(0, source.lastIndexOf('/node_modules/') + '/node_modules'.length)
    for (const nested of Object.keys(manifest(source).dependencies ?? {})) copy(nested, own)
  }
  for (const dep of Object.keys(manifest(core).dependencies ?? {})) copy(dep, `${core}/node_modules`)
  const dependencies = { '@mistral-batch/core': '*' }
  writeFileSync(`${project}/package.json`, JSON.stringify({ private: true, type: 'module', dependencies }))
  return project
}
