import { useBatchJob } from '@mistral-batch/react'
import { shortId } from '../lib/format'
import type { RememberedJob } from '../lib/storage'
import { jobHref } from '../lib/use-selected-job'
import { ProgressBar } from './ProgressBar'
import { StatusBadge } from './StatusBadge'

function WatchedJob({ id, selected, onForget }: { id: string; selected: boolean; onForget: () => void }) {
  // Each remembered job keeps its own live observer: this is what resumes watching after a reload.
  const { job, error } = useBatchJob(id, { intervalMs: 2_000 })
  const gone = error && (error as { status?: number }).status === 404
  return (
    <li className={selected ? 'watched watched--selected' : 'watched'}>
      <a href={jobHref(id)} className="watched__link" aria-current={selected ? 'true' : undefined}>
        <code>{shortId(id)}</code>
        {job ? <StatusBadge status={job.status} /> : <span className="muted">{gone ? 'deleted' : '…'}</span>}
      </a>
      {job ? (
        <ProgressBar
          compact
          label={`Progress of job ${shortId(id)}`}
          completed={job.completed_requests}
          failed={job.failed_requests}
          total={job.total_requests}
        />
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label={`Forget job ${shortId(id)}`}
        onClick={onForget}
      >
        ×
      </button>
    </li>
  )
}

/** Props of {@link WatchedJobs}. */
export interface WatchedJobsProps {
  jobs: readonly RememberedJob[]
  selectedId: string | null
  onForget: (id: string) => void
}

/** The jobs this browser created (from localStorage), each watched live until it finishes. */
export function WatchedJobs({ jobs, selectedId, onForget }: WatchedJobsProps) {
  return (
    <section className="card watched-jobs" aria-labelledby="watched-title">
      <h2 id="watched-title">Created in this browser</h2>
      {jobs.length === 0 ? (
        <p className="empty empty--small">
          Jobs you create here are remembered, and watched again after a reload.
        </p>
      ) : (
        <ul className="watched-list">
          {jobs.map((job) => (
            <WatchedJob
              key={job.id}
              id={job.id}
              selected={job.id === selectedId}
              onForget={() => onForget(job.id)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
