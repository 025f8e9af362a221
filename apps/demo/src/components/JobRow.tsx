import { type BatchJob, isTerminalStatus } from '@mistral-batch/core'
import type { MouseEvent } from 'react'
import { formatCount, shortId } from '../lib/format'
import { jobHref } from '../lib/use-selected-job'
import { ConfirmButton } from './ConfirmButton'
import { ProgressBar } from './ProgressBar'
import { RelativeTime } from './RelativeTime'
import { StatusBadge } from './StatusBadge'

/** Props of {@link JobRow}. */
export interface JobRowProps {
  job: BatchJob
  now: number
  selected: boolean
  /** Created from this browser (remembered in localStorage). */
  mine: boolean
  onCancel: (job: BatchJob) => void
}

function focusDetail(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  document.getElementById('detail-title')?.focus()
}

/** One job in the table; on a phone the cells stack into a card (each cell carries its column name). */
export function JobRow({ job, now, selected, mine, onCancel }: JobRowProps) {
  const cancellable = !isTerminalStatus(job.status) && job.status !== 'CANCELLATION_REQUESTED'
  return (
    <tr className={selected ? 'job-row job-row--selected' : 'job-row'} data-job-id={job.id}>
      <th scope="row" data-label="Job">
        <span className="job-row__id">
          <a
            className="job-row__link"
            href={jobHref(job.id)}
            aria-current={selected ? 'true' : undefined}
            aria-label={`Job ${shortId(job.id)}`}
            // The open job's own link changes no hash, so it moves the focus to the detail itself.
            onClick={selected ? focusDetail : undefined}
          >
            <code>{shortId(job.id)}</code>
          </a>
          {mine ? (
            <span className="tag" title="Created in this browser">
              yours
            </span>
          ) : null}
        </span>
        <span className="job-row__endpoint muted">{job.endpoint.replace(/^\/v1\//, '')}</span>
      </th>
      <td data-label="Model" className="job-row__model">
        {job.model ?? job.agent_id ?? '—'}
      </td>
      <td data-label="Status">
        <StatusBadge status={job.status} />
      </td>
      <td data-label="Progress" className="job-row__progress">
        <ProgressBar
          compact
          label={`Progress of job ${shortId(job.id)}`}
          completed={job.completed_requests}
          failed={job.failed_requests}
          total={job.total_requests}
        />
        <span className="muted tabular">
          {formatCount(job.completed_requests)}/{job.total_requests ? formatCount(job.total_requests) : '…'}
        </span>
      </td>
      <td data-label="Created" className="job-row__time">
        <RelativeTime seconds={job.created_at} now={now} />
      </td>
      <td data-label="Finished" className="job-row__time">
        <RelativeTime seconds={job.completed_at} now={now} />
      </td>
      <td data-label="" className="job-row__actions">
        {cancellable ? (
          <ConfirmButton
            label="Cancel job"
            className="button button--small button--ghost-danger"
            title={`Cancel job ${shortId(job.id)}?`}
            confirmLabel="Yes, cancel it"
            dismissLabel="Keep running"
            danger
            onConfirm={() => onCancel(job)}
          >
            <p>Requests already done keep their results; the rest are not run.</p>
          </ConfirmButton>
        ) : null}
      </td>
    </tr>
  )
}
