// Bundle-size measurement: one esbuild bundle per case from a tiny entry, minified, code-split as an app
// bundler (Vite, Rollup, webpack) would, then gzip -9 per chunk. `initial` is what loads before the first
// call (the entry and its static imports); `lazy` is what only a dynamic import() fetches later.
// Our packages are bundled from their TypeScript sources through the `source` export condition (the same
// esbuild that tsup uses, same es2022 target), so the budget check needs no prior `pnpm build`.
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const benchDir = fileURLToPath(new URL('..', import.meta.url))

/** A virtual entry module, so code splitting works (esbuild's stdin cannot be split). */
const entryPlugin = (contents) => ({
  name: 'bench-entry',
  setup(b) {
    b.onResolve({ filter: /^bench-entry$/ }, () => ({ path: 'bench-entry', namespace: 'bench' }))
    b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents, loader: 'js', resolveDir: benchDir }))
  },
})

/** Replaces each module whose path matches a stub's `filter` with its `contents`: the bundle as if it did nothing. */
const stubPlugin = (stubs) => ({
  name: 'bench-stubs',
  setup(b) {
    for (const { filter, contents } of stubs) b.onLoad({ filter }, () => ({ contents, loader: 'ts' }))
  },
})

/**
/**
 * Bundles `contents` as an ESM entry resolved from bench/ and returns minified and gzipped bytes, split
 * into initial and lazy. `ours` turns on the `source` condition (only our workspace packages ship one we want).
 * `stubs` ([{ filter, contents }]) swap modules for stand-ins, to measure what those modules cost.
 */
export async function measureBundle({
  contents,
  external = [],
  ours = false,
  stubs = [],
  lazyEntry,
  lazyBase,
}) {
  const result = await build({
    entryPoints: ['bench-entry'],
    plugins: [entryPlugin(contents), ...(stubs.length ? [stubPlugin(stubs)] : [])],
    bundle: true,
    splitting: true,
    outdir: '/virtual-out',
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ours ? ['source'] : [],
    external,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  })
  const outputs = result.metafile.outputs
  const key = (p) => Object.keys(outputs).find((k) => p.endsWith(k.replace(/^.*virtual-out\//, '/')))
  const sizes = {}
  for (const file of result.outputFiles) {
    const k = key(file.path)
    if (!k?.endsWith('.js')) continue
    sizes[k] = { min: file.contents.byteLength, gzip: gzipSync(file.contents, { level: 9 }).byteLength }
  }
  // The bench entry itself: a chunk behind a dynamic import() has an `entryPoint` too (its module).
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'bench:bench-entry')
  // The static-import closure of the entry loads up front; every other chunk is behind an import().
  const initial = new Set()
  const visit = (k) => {
    if (initial.has(k) || !outputs[k]) return
    initial.add(k)
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path)
  }
  visit(entry)
  const sum = (keys, f) => keys.reduce((n, k) => n + (sizes[k]?.[f] ?? 0), 0)
  const upfront = [...initial].filter((k) => sizes[k])
  const lazy = Object.keys(sizes).filter((k) => !initial.has(k))
  // `lazyEntry`: the chunks a first call of that module loads on top of the initial ones (its chunk and
  // every chunk it imports statically), e.g. what validateBatchInput fetches when it first runs.
  const used = new Set(initial)
  const reach = (k) => {
    if (used.has(k) || !outputs[k]) return
    used.add(k)
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && !i.external) reach(i.path)
  }
  // `lazyBase`: chunks an earlier first call has loaded already (e.g. the client's own calls, with valibot)
  // are not the lazy entry's cost.
  if (lazyBase) for (const k of lazy) if (outputs[k].entryPoint?.endsWith(lazyBase)) reach(k)
  const before = new Set(used)
  if (lazyEntry) for (const k of lazy) if (outputs[k].entryPoint?.endsWith(lazyEntry)) reach(k)
  const via = lazy.filter((k) => used.has(k) && !before.has(k))
  return {
    min: sum(upfront, 'min'),
    gzip: sum(upfront, 'gzip'),
    lazyMin: sum(lazy, 'min'),
    lazyGzip: sum(lazy, 'gzip'),
    viaGzip: sum(via, 'gzip'),
    // Metafile outputs (with their `inputs` and `exports`), for the breakdown and the export checks.
    entry: outputs[entry],
    upfront: upfront.map((k) => outputs[k]),
    lazy: lazy.map((k) => outputs[k]),
    via: via.map((k) => outputs[k]),
  }
}
