// Section 2: JSONL results parsing throughput and peak RSS, on two generated output files (contract §7):
// `mixed` (multi-byte UTF-8 in the text) and `ascii`. Each strategy runs in its own process, in interleaved
// rounds. The target compares like with like: a stream must decode its bytes, which the bare baseline
// (lines decoded outside its timed region) never pays for. So ours is measured against the single-thread
// limit, decode time + parse time measured in the same round; the ratio is the median over rounds. The
// ratio against the bare baseline is kept as an info row.
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { mb, notMeasured, ratio, row } from '../lib/format.mjs'
import { ensureOutputFile } from '../lib/gen.mjs'
import { interleave, median, medianRatio } from '../lib/rounds.mjs'

const S = '2 parse'
const child = fileURLToPath(new URL('./parse-child.mjs', import.meta.url))
/** Of the single-thread limit (decode + parse, same round). */
const TARGET = 0.9
/** The former target, against the bare baseline: kept for the info row. */
const OLD_TARGET = 0.75
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
    limit: `single-thread limit: floor + bare baseline times, same round (${label})`,
    ours: `ours: parseJsonl over a ReadableStream of the file (${label})`,
    oursVsBase: `ours against the bare baseline, the former target (${label})`,
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
    return [
      ...rows,
      notMeasured(S, name.ours, 'core does not export parseJsonl yet', `≥ ${TARGET}× of the limit`),
    ]
  if (runs.error)
    return [
      ...rows,
      row(S, name.ours, {
        status: 'failed',
        result: `failed: ${runs.error}`,
        target: `≥ ${TARGET}× of the limit`,
      }),
    ]
  // Per round: limit time = decode time + parse time; ours / limit = limit time / our time.
  const limitMs = base.map((b, i) => b.ms + runs.decode[i].ms)
  const r = median(runs.ours.map((o, i) => limitMs[i] / o.ms))
  const bytes = base[0].bytes
  rows.push(
    row(S, name.limit, {
      result: `${(bytes / 1e3 / median(limitMs)).toFixed(0)} MB/s`,
      vs: ratio(median(limitMs.map((ms, i) => base[i].ms / ms))),
      status: 'baseline',
    }),
  )
  const sameLines = runs.ours.every((o) => o.lines === base[0].lines)
  rows.push(
    row(S, name.ours, {
      ...describe(runs.ours),
      vs: `${ratio(r)} of the limit`,
      target: `≥ ${TARGET}× of the limit`,
      status: !sameLines ? 'failed' : r >= TARGET ? 'met' : 'missed',
      margin: `${r >= TARGET ? 'above' : 'short'} by ${Math.abs(r - TARGET).toFixed(2)}×`,
      note: sameLines ? undefined : `parsed ${runs.ours[0].lines} lines, baseline ${base[0].lines}`,
    }),
  )
  const old = medianRatio(runs.ours, base, 'mbps')
  rows.push(
    row(S, name.oursVsBase, {
      result: ratio(old),
      vs: ratio(old),
      status: 'info',
      note: `former target ≥ ${OLD_TARGET}× of the bare baseline, which pays no decoding`,
    }),
  )
  return rows
}

export async function run(ctx) {
  return [...(await dataset(ctx, 'mixed')), ...(await dataset(ctx, 'ascii'))]
}
