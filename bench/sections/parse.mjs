// Section 2: JSONL results parsing throughput and peak RSS, on two generated output files (contract §7):
// `mixed` (multi-byte UTF-8 in the text) and `ascii`. Each strategy runs in its own process, in interleaved
// rounds; the throughput ratio is the median of per-round ratios against the bare baseline.
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { mb, notMeasured, ratio, row } from '../lib/format.mjs'
import { ensureOutputFile } from '../lib/gen.mjs'
import { interleave, median, medianRatio } from '../lib/rounds.mjs'

const S = '2 parse'
const child = fileURLToPath(new URL('./parse-child.mjs', import.meta.url))
const TARGET = 0.75
const DATA = { mixed: 'text with multi-byte UTF-8', ascii: 'ASCII text' }

async function dataset(ctx, vocab) {
  const file = ensureOutputFile(ctx.sizes.parseBytes, vocab)
  const label = `${mb(ctx.sizes.parseBytes)}, ${DATA[vocab]}`
  const hasOurs = ctx.runtime.core.exports?.includes('parseJsonl')
  const modes = ['baseline', 'naive', 'decode', ...(hasOurs ? ['ours'] : [])]
  const runs = await interleave(modes, ctx.sizes.parseRounds, (mode) =>
    runChild(child, [mode, file, ctx.sizes.parseRuns, ctx.runtime.core.path ?? '']),
  )
  const name = {
    baseline: `bare baseline: JSON.parse over pre-split lines (${label})`,
    naive: `naive: await res.text() + split + JSON.parse (${label})`,
    decode: `floor: stream the file + UTF-8 decode, no split or parse (${label})`,
    ours: `ours: parseJsonl over a ReadableStream of the file (${label})`,
  }
  if (runs.error && runs.mode !== 'ours')
    return [row(S, name[runs.mode], { status: 'failed', result: `failed: ${runs.error}` })]
  const base = runs.baseline
  const describe = (rs) => ({
    result: `${median(rs.map((r) => r.mbps)).toFixed(0)} MB/s`,
    memory: `${mb(Math.max(...rs.map((r) => r.peakRss)))} RSS`,
    raw: rs,
  })
  const rows = [
    row(S, name.baseline, { ...describe(base), vs: '1×', target: 'baseline', status: 'baseline' }),
  ]
  for (const m of ['naive', 'decode']) {
    rows.push(
      row(S, name[m], {
        ...describe(runs[m]),
        vs: ratio(medianRatio(runs[m], base, 'mbps')),
        status: 'info',
      }),
    )
  }
  if (!hasOurs)
    return [...rows, notMeasured(S, name.ours, 'core does not export parseJsonl yet', `≥ ${TARGET}×`)]
  if (runs.error)
    return [
      ...rows,
      row(S, name.ours, { status: 'failed', result: `failed: ${runs.error}`, target: `≥ ${TARGET}×` }),
    ]
  const r = medianRatio(runs.ours, base, 'mbps')
  const sameLines = runs.ours.every((o) => o.lines === base[0].lines)
  rows.push(
    row(S, name.ours, {
      ...describe(runs.ours),
      vs: ratio(r),
      target: `≥ ${TARGET}×`,
      status: !sameLines ? 'failed' : r >= TARGET ? 'met' : 'missed',
      margin: `${r >= TARGET ? 'above' : 'short'} by ${Math.abs(r - TARGET).toFixed(2)}×`,
      note: sameLines ? undefined : `parsed ${runs.ours[0].lines} lines, baseline ${base[0].lines}`,
    }),
  )
  return rows
}

export async function run(ctx) {
  return [...(await dataset(ctx, 'mixed')), ...(await dataset(ctx, 'ascii'))]
}
