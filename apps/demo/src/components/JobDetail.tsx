import type { BatchGroup } from '@mistral-batch/core'
import { useBatchJob } from '@mistral-batch/react'
import { useEffect, useRef, useState } from 'react'
import { useClient } from '../lib/client-context'
import { shortId } from '../lib/format'
import { useNow } from '../lib/use-now'
import { useProgressSamples } from '../lib/use-progress-samples'
import { DownloadLinks } from './DownloadLinks'
import { ErrorPanel } from './ErrorPanel'
import { JobActions } from './JobActions'
import { JobFacts } from './JobFacts'
import { JobStats } from './JobStats'
import { QueryPanel } from './QueryPanel'
import { ResultsViewer } from './ResultsViewer'
import { RetryFailed } from './RetryFailed'
import { StatusBadge } from './StatusBadge'

/** Props of {@link JobDetail}. */
export interface JobDetailProps {
  jobId: string
  onClose: () => void
  /** After a successful delete. */
  onDeleted: (jobId: string) => void
  /** Opens another job (a retry). Defaults to doing nothing. */
  onOpenJob?: (jobId: string) => void
  /** Opens a group (a retry over the per-job limit). Defaults to doing nothing. */
  onOpenGroup?: (group: BatchGroup) => void
}

const ignore = () => {}

/** One job, live: facts, counters, throughput and ETA, a chart, actions, downloads and its results. */
export function JobDetail(props: JobDetailProps) {
  const { jobId, onClose, onDeleted, onOpenJob = ignore, onOpenGroup = ignore } = props
  const client = useClient()
  const { job, error, isTerminal, refetch } = useBatchJob(jobId, { intervalMs: 1_000 })
  const samples = useProgressSamples(job)
  const now = useNow(1_000)
  const [actionError, setActionError] = useState<unknown>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  // Opening a job moves focus to it (keyboard and screen-reader users land where the content changed).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per opened job
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
    heading.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' })
  }, [jobId])

  const run = (action: () => Promise<unknown>, after?: () => void) => {
    setActionError(null)
    action().then(() => (after ? after() : void refetch()), setActionError)
  }

  return (
    <section className="card detail" aria-labelledby="detail-title" data-job-id={jobId}>
      <div className="card__head">
        <h2 id="detail-title" className="detail__heading" ref={heading} tabIndex={-1}>
          Job <code>{shortId(jobId)}</code>
        </h2>
        {job ? <StatusBadge status={job.status} /> : null}
        <button type="button" className="icon-button detail__close" aria-label="Close job" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="detail__id muted">
        <code>{jobId}</code>
      </p>
      {error ? <ErrorPanel error={error} context="Loading the job" onRetry={() => void refetch()} /> : null}
      {actionError ? <ErrorPanel error={actionError} onDismiss={() => setActionError(null)} /> : null}
      {!job && !error ? <p className="empty">Loading the job…</p> : null}
      {job ? (
        <>
          <JobStats job={job} samples={samples} now={now} />
          {job.errors.length > 0 ? (
            <ul className="job-errors" aria-label="Job errors">
              {job.errors.map((e) => (
                <li key={e.message}>
                  {e.message}
                  {e.count > 1 ? ` (×${e.count})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="detail__bar">
            <DownloadLinks job={job} />
            <JobActions
              job={job}
              onCancel={() => run(() => client.batch.jobs.cancel(job.id))}
              onDelete={() =>
                run(
                  () => client.batch.jobs.delete(job.id),
                  () => onDeleted(job.id),
                )
              }
            />
          </div>
          <JobFacts job={job} now={now} />
          <QueryPanel jobId={job.id} />
          {isTerminal && job.failed_requests > 0 ? (
            <RetryFailed job={job} onOpenJob={onOpenJob} onOpenGroup={onOpenGroup} />
          ) : null}
          {isTerminal ? <ResultsViewer job={job} /> : null}
        </>
      ) : null}
    </section>
  )
}
