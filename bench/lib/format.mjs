// Table rows and their text rendering. Every figure in a row is measured in this run; a row whose code is
// missing says "not measured" and why, never a made-up number.

export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`
export const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`
export const ratio = (x) => (Number.isFinite(x) ? `${x < 0.1 ? x.toFixed(3) : x.toFixed(2)}×` : '—')
export const pct = (x) => `${(x * 100).toFixed(0)} %`
export const secs = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`)

/** A row: `status` is met | missed | baseline | info | not measured | failed. */
export function row(section, name, fields) {
  return { section, case: name, result: '—', vs: '—', memory: '—', target: '—', status: 'info', ...fields }
}

/** A row for a case whose code is not there (yet) or could not run. */
export function notMeasured(section, name, why, target = '—') {
  return row(section, name, { status: 'not measured', note: why, result: `not measured: ${why}`, target })
}

/** The rows that carry a target, with how far each is from it. */
export function renderTargets(rows) {
  const head = ['#', 'case', 'result', 'target', 'status', 'margin']
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
  for (const r of rows.filter((x) => x.status === 'met' || x.status === 'missed')) {
    const cells = [r.section, r.case, r.result, r.target, r.status, r.margin ?? '—']
    lines.push(`| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`)
  }
  return lines.join('\n')
}

/** Renders rows as one Markdown table (also readable in a terminal). */
export function renderTable(rows) {
  const head = ['#', 'case', 'result', 'vs baseline', 'peak memory', 'target', 'status']
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
  for (const r of rows) {
    const cells = [r.section, r.case, r.result, r.vs, r.memory, r.target, r.status]
    lines.push(`| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`)
  }
  return lines.join('\n')
}
