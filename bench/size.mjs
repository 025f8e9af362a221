// CI size budgets: bundles our cases with esbuild (min+gzip, the same measurement as `pnpm bench` section 1)
// and exits 1 when any passes its budget or cannot be built. Needs no prior build (it bundles the sources).
import { kb } from './lib/format.mjs'
import { sizeCases } from './lib/size-cases.mjs'
import { measureSizes } from './lib/sizes.mjs'

const analyze = process.argv.includes('--analyze')
const sizes = await measureSizes()
let failed = 0
for (const [key, c] of Object.entries(sizeCases)) {
  if (!c.budget) continue
  const m = sizes[key]
  const error = m.error
  // ciBudget: a regression line above a target not met yet (see size-cases.mjs); the target is still shown.
  const budget = c.ciBudget ?? c.budget
  const figure = error ? `cannot measure: ${error}` : `${c.deltaOf ? '+' : ''}${kb(m.size)} gzip`
  const over = !error && m.size > budget
  if (error || over) failed++
  const verdict = error ? 'FAIL' : over ? `FAIL (over by ${kb(m.size - budget)})` : 'ok'
  const target =
    c.ciBudget && !error && m.size > c.budget
      ? ` (target ${kb(c.budget)}: missed by ${kb(m.size - c.budget)})`
      : ''
  process.stdout.write(`${verdict.padEnd(4)}  ${figure} / budget ${kb(budget)}${target}  ${c.name}\n`)
  // --analyze: the biggest inputs of each bundle (minified bytes before gzip), to see what to cut.
  if (analyze && m.inputs) {
    for (const i of m.inputs.slice(0, 25))
      process.stdout.write(`        ${String(i.bytes).padStart(6)}  ${i.file}\n`)
  }
}
process.exitCode = failed ? 1 : 0
