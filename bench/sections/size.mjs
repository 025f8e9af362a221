// Section 1: bundle bytes (min+gzip via esbuild), ratios against the official SDK's standalone functions.
import { kb, notMeasured, pct, ratio, row } from '../lib/format.mjs'
import { sizeCases } from '../lib/size-cases.mjs'
import { measureSizes } from '../lib/sizes.mjs'

const S = '1 bundle'

export async function run() {
  const sizes = await measureSizes()
  const base = sizes.sdkFuncs.size
  const rows = []
  for (const [key, c] of Object.entries(sizeCases)) {
    const m = sizes[key]
    const target = c.budget ? `≤ ${kb(c.budget)} gzip` : c.baseline ? 'baseline' : '—'
    if (m.error) {
      rows.push(notMeasured(S, c.name, m.error, target))
      continue
    }
    // Up front = loaded before the first call; lazy = chunks behind a dynamic import(), fetched on first use.
    const lazy = m.lazyGzip ? `, +${kb(m.lazyGzip)} lazy` : ''
    const result = c.deltaOf
      ? `+${kb(m.size)} gzip (up front and lazy)`
      : c.firstCall
        ? `${kb(m.size)} gzip (${kb(m.gzip)} up front + ${kb(m.viaGzip)} on the first call)`
        : c.stub
          ? `+${kb(m.size)} gzip up front, +${kb(m.lazyGzip)} lazy (on first call)`
          : `${kb(m.size)} gzip up front (${kb(m.min)} min)${lazy}`
    const status = c.budget ? (m.size <= c.budget ? 'met' : 'missed') : c.baseline ? 'baseline' : 'info'
    const vs = c.baseline ? '1×' : c.deltaOf || c.stub ? '—' : ratio(m.size / base)
    const { inputs, ...raw } = m
    const gap = c.budget ? Math.abs(m.size - c.budget) : 0
    const margin = c.budget
      ? `${m.size <= c.budget ? 'under' : 'over'} by ${kb(gap)} (${pct(gap / c.budget)})`
      : undefined
    rows.push(
      row(S, c.name, { result, vs, target, status, margin, raw: { ...raw, top: inputs?.slice(0, 12) } }),
    )
  }
  return rows
}
