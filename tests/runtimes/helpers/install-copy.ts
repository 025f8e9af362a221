import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { repoRoot } from './paths'

interface Manifest {
  dependencies?: Record<string, string>
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))

/** Where pnpm links `dep` for the package in `dir`: its own node_modules, or beside it in the store. */
function locate(dir: string, dep: string): string {
  const store = dir.slice(0, dir.lastIndexOf('/node_modules/') + '/node_modules/'.length)
  const found = [`${dir}/node_modules/${dep}`, `${store}${dep}`].find((path) => existsSync(path))
  if (!found) throw new Error(`cannot find ${dep}, a dependency of ${dir}`)
  return realpathSync(found)
}

/** Copies `dir`'s dependencies, and theirs, into `project`'s node_modules, flat (as npm hoists them). */
function copyDependencies(dir: string, project: string, copied = new Set<string>()): void {
  for (const dep of Object.keys(manifest(dir).dependencies ?? {})) {
    if (copied.has(dep)) continue
    copied.add(dep)
    const source = locate(dir, dep)
    cpSync(source, `${project}/node_modules/${dep}`, { recursive: true, dereference: true })
    copyDependencies(source, project, copied)
  }
}

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
  copyDependencies(core, project)
  const dependencies = { '@mistral-batch/core': '*' }
  writeFileSync(`${project}/package.json`, JSON.stringify({ private: true, type: 'module', dependencies }))
  return project
}
