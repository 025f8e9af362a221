import type { BatchJobStatus } from '@mistral-batch/core'
import { useBatchGroup } from '@mistral-batch/react'
import { formatCount, shortId } from '../lib/format'
import { useGroupResults } from '../lib/use-group-results'
import { ErrorPanel } from './ErrorPanel'
import { GroupQueryPanel } from './GroupQueryPanel'
import { GroupResults } from './GroupResults'
import { ProgressBar } from './ProgressBar'
import { StatusBadge } from './StatusBadge'

/** Props of {@link GroupDetail}. */
export interface GroupDetailProps {
  groupId: string
  onClose: () => void
  onOpenJob: (jobId: string) => void
}

/**
 * One group, live (`useBatchGroup`): one progress bar over all its jobs, the jobs themselves, and once
 * the group is terminal one results view of every shard (`groups.results`).
 */
export function GroupDetail({ groupId, onClose, onOpenJob }: GroupDetailProps) {
  const { group, error, isTerminal, refetch } = useBatchGroup(groupId, { intervalMs: 1_000 })
  const results = useGroupResults(group, isTerminal)
  return (
    <section className="card detail" aria-labelledby="group-title" data-group-id={groupId}>
      <div className="card__head">
        <h2 id="group-title" className="detail__heading">
          Group <code>{shortId(groupId)}</code>
        </h2>
        {group && group.status !== 'SUBMITTING' ? (
          <StatusBadge status={group.status as BatchJobStatus} />
        ) : null}
        <button
          type="button"
          className="icon-button detail__close"
          aria-label="Close group"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {error ? <ErrorPanel error={error} context="Loading the group" onRetry={() => void refetch()} /> : null}
      {!group && !error ? <p className="empty">Loading the group…</p> : null}
      {group ? (
        <>
          <p className="muted tabular">
            {formatCount(group.jobs.length)} jobs · {formatCount(group.completed_requests)} of{' '}
            {formatCount(group.total_requests)} requests · {formatCount(group.failed_requests)} failed
          </p>
          <ProgressBar
            label={`Progress of group ${shortId(groupId)}`}
            completed={group.completed_requests}
            total={group.total_requests}
            failed={group.failed_requests}
          />
          <ul className="group-jobs" aria-label="Jobs of the group">
            {group.jobs.map((job, index) => (
              <li key={job.id}>
                <button type="button" className="chip" onClick={() => onOpenJob(job.id)}>
                  Shard {index + 1}: job {shortId(job.id)}
                </button>{' '}
                <StatusBadge status={job.status} />
              </li>
            ))}
          </ul>
          <GroupQueryPanel groupId={groupId} />
          {isTerminal ? <GroupResults results={results} /> : null}
        </>
      ) : null}
    </section>
  )
}
