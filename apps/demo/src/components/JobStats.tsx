import type { BatchJob } from '@mistral-batch/core'
import { formatCount, formatDuration, formatRate } from '../lib/format'
import { estimateThroughput, type Sample } from '../lib/throughput'
import { ProgressBar } from './ProgressBar'
import { ThroughputChart } from './ThroughputChart'

/** Counters, the progress bar, throughput, ETA and the chart of a job. */
export function JobStats({ job, samples, now }: { job: BatchJob; samples: readonly Sample[]; now: number }) {
  const { rate, etaSeconds } = estimateThroughput(job, samples, now)
  const total = job.total_requests
  const percent = total > 0 ? Math.round((job.completed_requests / total) * 100) : null
  const counters = [
    ['Total', total, ''],
    ['Completed', job.completed_requests, ''],
    ['Succeeded', job.succeeded_requests, 'good'],
    ['Failed', job.failed_requests, job.failed_requests > 0 ? 'bad' : ''],
  ] as const
  return (
    <div className="stats">
      <dl className="counters">
        {counters.map(([label, value, tone]) => (
          <div key={label} className={`counter${tone ? ` counter--${tone}` : ''}`}>
            <dt>{label}</dt>
            <dd className="tabular">{label === 'Total' && value === 0 ? '…' : formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      <ProgressBar
        label="Job progress"
        completed={job.completed_requests}
        failed={job.failed_requests}
        total={total}
      />
      <p className="stats__line" aria-live="polite">
        <span className="tabular">{percent === null ? 'Counting requests…' : `${percent}% done`}</span>
        {rate ? <span className="tabular">{formatRate(rate)}</span> : null}
        {etaSeconds !== null ? (
          <span className="tabular">about {formatDuration(etaSeconds)} left</span>
        ) : null}
        {job.started_at && job.completed_at ? (
          <span className="tabular">took {formatDuration(job.completed_at - job.started_at)}</span>
        ) : null}
      </p>
      <ThroughputChart samples={samples} total={total} {...(job.completed_at ? {} : { now })} />
    </div>
  )
}
