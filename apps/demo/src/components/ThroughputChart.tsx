import { formatCount, formatDuration } from '../lib/format'
import type { Sample } from '../lib/throughput'

// The plot is drawn in a 0–1000 × 0–100 box stretched to the figure's size; strokes keep their width
// (vector-effect) and the labels are HTML, so nothing is distorted at any width.
const W = 1000
const H = 100

/** Props of {@link ThroughputChart}. */
export interface ThroughputChartProps {
  samples: readonly Sample[]
  /** The job's total requests: the top of the y axis. */
  total: number
  /** Extends the x axis to now while the job runs, so a stall shows as a flat line. */
  now?: number
}

/**
 * Completed requests over time, as an inline SVG area chart (no chart library: a polyline and a few
 * labels are all this needs). The slope is the throughput.
 */
export function ThroughputChart({ samples, total, now }: ThroughputChartProps) {
  const first = samples[0]
  const last = samples.at(-1)
  if (!first || !last || samples.length < 2) {
    return <p className="chart chart--empty muted">The chart starts once requests complete.</p>
  }
  const t0 = first.t
  const t1 = Math.max(last.t, now ?? last.t, t0 + 1000)
  const top = Math.max(total, last.completed, 1)
  const x = (t: number) => ((t - t0) / (t1 - t0)) * W
  const y = (n: number) => H - (n / top) * H
  const points = samples.map((s) => `${x(s.t).toFixed(1)},${y(s.completed).toFixed(1)}`)
  if (now && now > last.t) points.push(`${W},${y(last.completed).toFixed(1)}`)
  const line = points.join(' ')
  const elapsed = formatDuration((t1 - t0) / 1000)
  const label = `Completed requests over time: ${formatCount(last.completed)} of ${formatCount(total)} after ${formatDuration((last.t - t0) / 1000)}`
  return (
    <figure className="chart">
      <div className="chart__frame">
        <span className="chart__y chart__y--top" aria-hidden="true">
          {formatCount(top)}
        </span>
        <span className="chart__y chart__y--bottom" aria-hidden="true">
          0
        </span>
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
          <line className="chart__grid" x1={0} x2={W} y1={0.5} y2={0.5} />
          <line className="chart__grid" x1={0} x2={W} y1={H / 2} y2={H / 2} />
          <polygon className="chart__area" points={`0,${H} ${line} ${W},${H}`} />
          <polyline className="chart__line" points={line} />
        </svg>
      </div>
      <figcaption className="chart__x muted">
        <span>start</span>
        <span>Completed requests over time</span>
        <span>{elapsed}</span>
      </figcaption>
    </figure>
  )
}
