// Section 7: batch at scale. A JSONL file on disk (openAsBlob) sharded into a group against the emulator
// (in its own process, jobs never started so only submission is measured): the client's peak RSS growth at
// two sizes, its throughput against the same bytes uploaded as one file, and a 250,000-request group at
// the default limits.
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { mb, notMeasured, ratio, row, secs } from '../lib/format.mjs'
import { ensureRequestFile } from '../lib/gen.mjs'

/** The middle run (runs sorted by growth). */
const median = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)]

import { startServer } from './e2e.mjs'

const S = '7 groups'
const child = fileURLToPath(new URL('./groups-child.mjs', import.meta.url))
const LIMIT = 64 * 1024 * 1024
const TARGET = '≤ +64 MB, flat'
/** Two runs of the same code differ by a few MB of GC timing; more than this is growth with the input. */
const FLAT = 16 * 1024 * 1024

/** One child run against a fresh emulator (uploads stay in the server's memory, so one server per run). */
async function once(ctx, args) {
  const server = await startServer(ctx.runtime, {
    rps: 1,
    startDelayMs: 86_400_000,
    maxFileBytes: 4 * 1024 ** 3,
  })
  try {
    const [mode, file, ...rest] = args
    const r = await runChild(child, [mode, server.url, file, ctx.runtime.core.path ?? '', ...rest], {
      timeoutMs: 900_000,
    })
    const stats = await (await fetch(`${server.url}/__bench/stats`)).json()
    return {
      ...r,
      uploads: stats.counts['POST /v1/files'] ?? 0,
      created: stats.counts['POST /v1/batch/jobs'] ?? 0,
    }
  } finally {
    server.stop()
  }
}

const rate = (r) => `${(((r.bytes / r.ms) * 1000) / 1e6).toFixed(0)} MB/s`

export async function run(ctx) {
  const g = ctx.sizes.groups
  const ok = ctx.runtime.core.exports?.includes('createClient')
  const names = g.bytes.map((b) => `ours: groups.create from openAsBlob, ${mb(b)} file`)
  if (!ok) return names.map((n) => notMeasured(S, n, 'core does not build', TARGET))
  const rows = []
  const files = g.bytes.map((bytes) => ensureRequestFile({ bytes }))
  const ours = []
  for (const [i, file] of files.entries()) {
    // The median of `rounds` runs: one run's peak moves by several MB with GC timing.
    const runs = []
    for (let k = 0; k < ctx.sizes.rounds; k++)
      runs.push(await once(ctx, ['group', file, g.maxBytesPerFile ?? '']))
    const good = runs.filter((x) => !x.error && !x.failed).sort((a, b) => a.growth - b.growth)
    const r =
      good.length === runs.length
        ? { ...median(good), runs: good.map((x) => x.growth) }
        : runs.find((x) => x.error || x.failed)
    ours.push(r)
    if (r.error || r.failed) {
      rows.push(
        row(S, names[i], { result: `failed: ${r.error ?? r.failed}`, status: 'failed', target: TARGET }),
      )
      continue
    }
    const flat = i === 0 || Math.abs(r.growth - ours[0].growth) <= FLAT
    const met = r.growth <= LIMIT && flat
    rows.push(
      row(S, names[i], {
        result: `+${mb(r.growth)} RSS${r.runs.length > 1 ? ` (median of ${r.runs.map(mb).join(', ')})` : ''}, ${r.jobs} jobs (${r.uploads} uploads), ${secs(r.ms)}, ${rate(r)}`,
        memory: `${mb(r.peak)} RSS`,
        target: TARGET,
        status: met ? 'met' : 'missed',
        margin: `${r.growth <= LIMIT ? 'under' : 'over'} by ${mb(Math.abs(r.growth - LIMIT))}${i > 0 ? `; ${mb(Math.abs(r.growth - ours[0].growth))} from the smaller file's` : ''}`,
        raw: r,
      }),
    )
  }
  const last = files.length - 1
  const single = await once(ctx, ['single', files[last]])
  const big = ours[last]
  const name = `baseline: the same ${mb(g.bytes[last])} as one multipart file in one fetch`
  rows.push(
    single.error || single.failed
      ? row(S, name, { result: `failed: ${single.error ?? single.failed}`, status: 'failed' })
      : row(S, name, {
          result: `${secs(single.ms)}, ${rate(single)}, +${mb(single.growth)} RSS`,
          vs: big && !big.error && !big.failed ? `ours ${ratio(single.ms / big.ms)} its throughput` : '—',
          status: 'baseline',
          raw: single,
        }),
  )
  const count = g.requests
  const file = ensureRequestFile({ count })
  const r = await once(ctx, ['group', file])
  const label = `ours: ${count.toLocaleString('en-US')} requests at the default limits (100,000 a job)`
  const expected = Math.ceil(count / 100_000)
  rows.push(
    r.error || r.failed
      ? row(S, label, { result: `failed: ${r.error ?? r.failed}`, status: 'failed' })
      : row(S, label, {
          result: `${r.jobs} jobs, ${r.uploads} uploads, ${r.created} creates, ${secs(r.ms)}, +${mb(r.growth)} RSS`,
          target: `${expected} jobs, ${expected} uploads`,
          status: r.jobs === expected && r.uploads === expected ? 'met' : 'missed',
          raw: r,
        }),
  )
  return rows
}
