// Section 5: polling economy in virtual time, ours (observer, wait) against the official docs' 1-second loop.
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { notMeasured, ratio, row, secs } from '../lib/format.mjs'

const S = '5 polling'
const child = fileURLToPath(new URL('./poll-child.mjs', import.meta.url))

export async function run(ctx) {
  const { moveMinutes, flatMinutes, doneAtMinutes, pollTarget } = ctx.sizes.poll
  const core = ctx.runtime.core
  const go = (who, scenario, minutes, subs) =>
    runChild(child, [who, scenario, minutes, subs, doneAtMinutes, core.path ?? ''], { timeoutMs: 120_000 })
  const hasObserve = core.exports?.includes('createClient')
  const rows = []
  const polls = (r) => (r.error ? `failed: ${r.error}` : `${r.polls.toLocaleString('en-US')} requests`)
  const detect = (r) =>
    r.detectedAfterMs == null ? '' : `, SUCCESS seen ${secs(r.detectedAfterMs - doneAtMinutes * 60_000)} late`

  // A job whose counters move every second, watched for moveMinutes by 1 and by 100 subscribers.
  const sdk1 = await go('sdk-loop', 'moving', moveMinutes, 1)
  const sdk100 = await go('sdk-loop', 'moving', moveMinutes, 100)
  rows.push(
    row(S, `SDK docs' 1 s loop, moving job, ${moveMinutes} min, 1 loop`, {
      result: polls(sdk1),
      vs: '1×',
      status: 'baseline',
      raw: sdk1,
    }),
  )
  rows.push(
    row(S, `SDK docs' 1 s loop, moving job, ${moveMinutes} min, 100 loops (one per component)`, {
      result: polls(sdk100),
      vs: ratio(sdk100.polls / sdk1.polls),
      status: 'info',
      raw: sdk100,
    }),
  )
  for (const subs of [1, 100]) {
    const name = `ours: jobs.observe, moving job, ${moveMinutes} min, ${subs} subscriber${subs > 1 ? 's' : ''}`
    if (!hasObserve) {
      rows.push(notMeasured(S, name, 'core does not export createClient yet'))
      continue
    }
    const r = await go('ours-observe', 'moving', moveMinutes, subs)
    rows.push(
      row(S, name, {
        result: polls(r),
        vs: r.error ? '—' : ratio(r.polls / sdk1.polls),
        status: r.error ? 'failed' : 'info',
        target: subs > 1 ? 'same as 1 subscriber' : '—',
        raw: r,
      }),
    )
  }
  const one = rows.at(-2)?.raw
  const hundred = rows.at(-1)?.raw
  if (one?.polls !== undefined && hundred?.polls !== undefined)
    Object.assign(rows.at(-1), {
      status: hundred.polls <= one.polls ? 'met' : 'missed',
      margin: `${hundred.polls - one.polls} more than 1 subscriber`,
    })

  // A job whose counters never move until SUCCESS at doneAtMinutes; watched for flatMinutes.
  const sdkFlat = await go('sdk-loop', 'flat', flatMinutes, 1)
  rows.push(
    row(S, `SDK docs' 1 s loop, ${doneAtMinutes / 60} h job, counters frozen`, {
      result: polls(sdkFlat) + detect(sdkFlat),
      vs: '1×',
      status: 'baseline',
      raw: sdkFlat,
    }),
  )
  for (const [who, scenario, name, target, ok] of [
    [
      'ours-observe',
      'flat',
      `ours: jobs.observe, ${doneAtMinutes / 60} h job, counters frozen`,
      `≤ ${pollTarget} polls`,
      (r) => r.polls <= pollTarget,
    ],
    ['ours-wait', 'flat', `ours: jobs.wait, ${doneAtMinutes / 60} h job, counters frozen`, '—', null],
    [
      'ours-observe',
      'hidden',
      `ours: jobs.observe, ${doneAtMinutes / 60} h job, document.hidden`,
      '0 polls',
      (r) => r.polls === 0,
    ],
  ]) {
    if (!hasObserve) {
      rows.push(notMeasured(S, name, 'core does not export createClient yet', target))
      continue
    }
    const r = await go(who, scenario, flatMinutes, 1)
    const status = r.error ? 'failed' : ok ? (ok(r) ? 'met' : 'missed') : 'info'
    const limit = scenario === 'hidden' ? 0 : pollTarget
    const margin =
      ok && !r.error
        ? r.polls === limit
          ? 'exactly at it'
          : `${r.polls < limit ? 'under' : 'over'} by ${Math.abs(limit - r.polls)} polls`
        : undefined
    rows.push(
      row(S, name, {
        result: polls(r) + (r.error ? '' : detect(r)),
        vs: r.error ? '—' : ratio(r.polls / sdkFlat.polls),
        target,
        status,
        margin,
        raw: r,
      }),
    )
  }
  return rows
}
