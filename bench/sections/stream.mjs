// Section 3: peak RSS growth while streaming served output files through client.batch.results, at two sizes,
// against the naive text()+split+parse and a floor (the fetch body read with no parsing). The server runs
// in this (parent) process, each client in a child. Growth is the median of `rounds` runs (range shown).
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { serveFiles } from '../lib/file-server.mjs'
import { mb, notMeasured, row, secs } from '../lib/format.mjs'
import { ensureOutputFile } from '../lib/gen.mjs'
import { median } from '../lib/rounds.mjs'

const S = '3 stream'
const child = fileURLToPath(new URL('./stream-child.mjs', import.meta.url))
const LIMIT = 64 * 1024 * 1024
const TARGET = '≤ +64 MB, flat'

export async function run(ctx) {
  const files = ctx.sizes.streamBytes.map((b) => ensureOutputFile(b))
  const server = await serveFiles(files)
  const core = ctx.runtime.core.path ?? ''
  const go = (mode, i, nodeArgs = []) => runChild(child, [mode, server.url, `job-${i}`, core], { nodeArgs })
  const repeat = async (mode, i, nodeArgs) => {
    const rs = []
    for (let k = 0; k < ctx.sizes.rounds; k++) {
      const r = await go(mode, i, nodeArgs)
      if (r.error || r.failed) return { error: r.error ?? r.failed }
      rs.push(r)
    }
    const g = rs.map((r) => r.growth)
    return {
      growth: median(g),
      min: Math.min(...g),
      max: Math.max(...g),
      ms: median(rs.map((r) => r.ms)),
      lines: rs[0].lines,
      runs: rs,
    }
  }
  const growth = (r) => `+${mb(r.growth)} RSS${r.runs.length > 1 ? ` (${mb(r.min)}–${mb(r.max)})` : ''}`
  const rows = []
  try {
    const naive = []
    for (const [i, bytes] of ctx.sizes.streamBytes.entries()) {
      const r = await go('naive', i)
      naive.push(r)
      const name = `naive: res.text() + split + parse, ${mb(bytes)} file`
      rows.push(
        r.error || r.failed
          ? row(S, name, { result: `fails: ${r.error ?? r.failed}`, status: 'baseline', raw: r })
          : row(S, name, {
              result: `+${mb(r.growth)} RSS`,
              memory: `${mb(r.peak)} RSS`,
              vs: '1×',
              status: 'baseline',
              raw: r,
            }),
      )
    }
    for (const [i, bytes] of ctx.sizes.streamBytes.entries()) {
      const r = await repeat('raw', i)
      const name = `floor: read the fetch body and drop it (no parsing), ${mb(bytes)} file`
      rows.push(
        r.error
          ? row(S, name, { result: `failed: ${r.error}`, status: 'failed' })
          : row(S, name, { result: growth(r), status: 'info', raw: r }),
      )
    }
    const ok = ctx.runtime.core.exports?.includes('createClient')
    const cases = ctx.sizes.streamBytes.map((bytes, i) => [
      `ours: client.batch.results, ${mb(bytes)} file`,
      i,
      [],
      true,
    ])
    // Diagnosis, not a result: the same runs with V8's young generation capped, to show what the growth is
    // (garbage awaiting collection, not retained memory).
    for (const [i, bytes] of ctx.sizes.streamBytes.entries()) {
      const name = `ours, ${mb(bytes)} file, node --max-semi-space-size=2 (diagnosis)`
      cases.push([name, i, ['--max-semi-space-size=2'], false])
    }
    for (const [name, i, nodeArgs, counts] of cases) {
      if (!ok) {
        rows.push(notMeasured(S, name, 'core does not export createClient yet', counts ? TARGET : '—'))
        continue
      }
      const r = await repeat('ours', i, nodeArgs)
      if (r.error) {
        rows.push(
          row(S, name, { result: `failed: ${r.error}`, status: 'failed', target: counts ? TARGET : '—' }),
        )
        continue
      }
      const n = naive[i]
      const vs =
        n && !n.error && !n.failed ? `${(r.growth / n.growth).toFixed(3)}× naive's growth` : 'naive fails'
      rows.push(
        row(S, name, {
          result: `${growth(r)}, ${r.lines} lines in ${secs(r.ms)}`,
          vs,
          memory: `${mb(Math.max(...r.runs.map((x) => x.peak)))} RSS`,
          target: counts ? TARGET : '—',
          status: counts ? (r.growth <= LIMIT ? 'met' : 'missed') : 'info',
          margin: counts
            ? `${r.growth <= LIMIT ? 'under' : 'over'} by ${mb(Math.abs(r.growth - LIMIT))}`
            : undefined,
          raw: r,
        }),
      )
    }
  } finally {
    await server.close()
  }
  return rows
}
