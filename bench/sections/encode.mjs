// Section 4: encoding N chat requests to JSONL, jsonlStream against map(JSON.stringify).join('\n'), in
// interleaved rounds (median of per-round time ratios), each run in its own process.
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { mb, notMeasured, ratio, row } from '../lib/format.mjs'
import { interleave, median, medianRatio } from '../lib/rounds.mjs'

const S = '4 encode'
const child = fileURLToPath(new URL('./encode-child.mjs', import.meta.url))
const TARGET = 0.8
const BOUND = 64 * 1024 * 1024

export async function run(ctx) {
  const n = ctx.sizes.encodeCount
  const label = n.toLocaleString('en-US')
  const hasOurs = ctx.runtime.core.exports?.includes('jsonlStream')
  const runs = await interleave(
    hasOurs ? ['baseline', 'ours', 'ours-lazy'] : ['baseline'],
    ctx.sizes.rounds,
    (mode) => runChild(child, [mode, n, ctx.sizes.encodeRuns, ctx.runtime.core.path ?? '']),
  )
  const name = {
    baseline: `baseline: requests.map(JSON.stringify).join('\\n'), ${label} requests`,
    ours: `ours: jsonlStream(requests), read to the end, ${label} requests`,
    lazy: `ours: jsonlStream over a generator of the same ${label} requests (memory bound)`,
  }
  if (runs.error && runs.mode === 'baseline')
    return [row(S, name.baseline, { status: 'failed', result: `failed: ${runs.error}` })]
  const describe = (rs) => ({
    result: `${median(rs.map((r) => r.mbps)).toFixed(0)} MB/s`,
    memory: `+${mb(Math.max(...rs.map((r) => r.growth)))} RSS`,
    raw: rs,
  })
  const rows = [
    row(S, name.baseline, { ...describe(runs.baseline), vs: '1×', target: 'baseline', status: 'baseline' }),
  ]
  const target = `≥ ${TARGET}×, bounded memory`
  const why = 'core does not export jsonlStream yet'
  if (!hasOurs)
    return [...rows, notMeasured(S, name.ours, why, target), notMeasured(S, name.lazy, why, '≤ +64 MB')]
  if (runs.error)
    return [...rows, row(S, name.ours, { status: 'failed', result: `failed: ${runs.error}`, target })]
  // Time ratio for the same requests (the bytes match, but for ours' final newline). Memory is judged on
  // the lazy source: with an array, V8 lets garbage pile up in proportion to the live heap the array makes.
  const r = 1 / medianRatio(runs.ours, runs.baseline, 'ms')
  const lazyGrowth = Math.max(...runs['ours-lazy'].map((o) => o.growth))
  rows.push(
    row(S, name.ours, {
      ...describe(runs.ours),
      vs: ratio(r),
      target,
      status: r >= TARGET && lazyGrowth <= BOUND ? 'met' : 'missed',
      margin: `${r >= TARGET ? 'above' : 'short'} by ${Math.abs(r - TARGET).toFixed(2)}×`,
    }),
    row(S, name.lazy, {
      ...describe(runs['ours-lazy']),
      result: `${describe(runs['ours-lazy']).result} (includes making the requests)`,
      vs: '—',
      target: '≤ +64 MB',
      status: lazyGrowth <= BOUND ? 'met' : 'missed',
      margin: `${lazyGrowth <= BOUND ? 'under' : 'over'} by ${mb(Math.abs(lazyGrowth - BOUND))}`,
    }),
  )
  return rows
}
