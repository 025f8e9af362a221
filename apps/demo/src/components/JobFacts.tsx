import type { BatchJob } from '@mistral-batch/core'
import { RelativeTime } from './RelativeTime'

/** Endpoint, model, times, input files and metadata of a job, as a description list. */
export function JobFacts({ job, now }: { job: BatchJob; now: number }) {
  // The client's own bookkeeping key (exactly-once creation) is not the user's metadata.
  const metadata = Object.entries(job.metadata ?? {}).filter(([key]) => !key.startsWith('mistral_batch_'))
  return (
    <dl className="facts">
      <div>
        <dt>Endpoint</dt>
        <dd>
          <code>{job.endpoint}</code>
        </dd>
      </div>
      <div>
        <dt>{job.agent_id ? 'Agent' : 'Model'}</dt>
        <dd>{job.model ?? job.agent_id ?? '—'}</dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>
          <RelativeTime seconds={job.created_at} now={now} />
        </dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>
          <RelativeTime seconds={job.started_at} now={now} />
        </dd>
      </div>
      <div>
        <dt>Finished</dt>
        <dd>
          <RelativeTime seconds={job.completed_at} now={now} />
        </dd>
      </div>
      <div>
        <dt>Input</dt>
        <dd className="facts__files">
          {job.input_files.length > 0
            ? job.input_files.map((id) => <code key={id}>{id}</code>)
            : `${job.outputs ? 'inline requests' : '—'}`}
        </dd>
      </div>
      {metadata.length > 0 ? (
        <div className="facts__wide">
          <dt>Metadata</dt>
          <dd className="facts__meta">
            {metadata.map(([key, value]) => (
              <span key={key} className="tag">
                {key}={typeof value === 'string' ? value : JSON.stringify(value)}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
