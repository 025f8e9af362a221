// Measures every size case; a case whose code has not landed reports why instead of a number.
import { measureBundle } from './bundle.mjs'
import { sizeCases } from './size-cases.mjs'

/** The inputs of some metafile outputs, biggest first (minified bytes before gzip), summed across chunks. */
function inputsOf(outputs) {
  const bytes = new Map()
  for (const output of outputs) {
    for (const [file, v] of Object.entries(output.inputs)) {
      const name = file.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')
      bytes.set(name, (bytes.get(name) ?? 0) + v.bytesInOutput)
    }
  }
  return [...bytes].map(([file, n]) => ({ file, bytes: n })).sort((a, b) => b.bytes - a.bytes)
}

/**
 * Returns { key: { gzip, min, size, lazyGzip, lazyMin, inputs, error? } }. `size` is the gzip figure that
 * counts. A case's own figure is what ships up front (see bundle.mjs: code behind a dynamic import() is
 * `lazy*`, downloaded on first use). A delta case (`deltaOf`) counts everything it adds on top of its
 * base's up-front bytes, up front or lazy: for validation, the whole cost of using it. With `lazyEntry`,
 * the lazy part is what a first call of that module loads (its chunk and the chunks it imports), not the
 * base's other lazy chunks (`run`, the results reader), which are not the delta's cost. `inputs` lists
 * what `size` counts.
 */
export async function measureSizes() {
  const out = {}
  const all = {}
  for (const [key, c] of Object.entries(sizeCases)) {
    try {
      // The case as a user bundles it, bar its `stubs`; a `costOf` stub only makes its baseline.
      const m = await measureBundle({ ...c, stubs: c.stubs ?? [] })
      const exported = m.entry?.exports ?? []
      const absent = (c.needsExports ?? []).filter((n) => !exported.includes(n))
      if (absent.length) {
        out[key] = { error: `package does not export ${absent.join(', ')} yet` }
        continue
      }
      if (c.costOf) {
        // What the stubbed module costs up front: the bundle with it, minus the same bundle without it.
        const without = await measureBundle({ ...c, stubs: [...(c.stubs ?? []), c.costOf] })
        out[key] = {
          gzip: m.gzip,
          min: m.min,
          size: m.gzip - without.gzip,
          lazyGzip: m.lazyGzip - without.lazyGzip,
          lazyMin: m.lazyMin - without.lazyMin,
          inputs: inputsOf(m.upfront).filter((i) => c.costOf.counts.test(i.file)),
        }
        continue
      }
      const lazyCounted = c.lazyEntry ? m.via : m.lazy
      const counted = c.deltaOf ? [...m.upfront, ...lazyCounted] : m.upfront
      out[key] = {
        gzip: m.gzip,
        min: m.min,
        size: m.gzip,
        lazyGzip: m.lazyGzip,
        lazyMin: m.lazyMin,
        inputs: inputsOf(counted),
      }
      // `firstCall`: up front plus what the first call of `lazyEntry` loads.
      if (c.firstCall) Object.assign(out[key], { size: m.gzip + m.viaGzip, viaGzip: m.viaGzip })
      all[key] = m.gzip + (c.lazyEntry ? m.viaGzip : m.lazyGzip)
    } catch (error) {
      // esbuild's first error names the missing export or file, e.g. `No matching export … for import "x"`.
      const first = error.errors?.[0]
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : ''
      out[key] = { error: first ? `${where}${first.text}` : String(error.message ?? error).slice(0, 200) }
    }
  }
  for (const [key, c] of Object.entries(sizeCases)) {
    const base = c.deltaOf && out[c.deltaOf]
    if (c.deltaOf && out[key].size !== undefined) {
      if (base?.size === undefined) out[key] = { error: `needs ${c.deltaOf} to measure the delta` }
      else if (c.wholeDelta) {
        // The base ships lazy chunks of its own, which both bundles hold: subtract them too.
        out[key].size = all[key] - all[c.deltaOf]
      } else {
        // `without` stubs the same modules out of the base, so both sides leave out the same code.
        const baseGzip = c.without
          ? (await measureBundle({ ...sizeCases[c.deltaOf], stubs: c.without })).gzip
          : base.gzip
        out[key].size = all[key] - baseGzip
      }
    }
  }
  return out
}
