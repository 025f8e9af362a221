import type { BatchJob } from '@mistral-batch/core'
import { isTerminalStatus } from '@mistral-batch/core'
import { shortId } from '../lib/format'
import { ConfirmButton } from './ConfirmButton'

/** Props of {@link JobActions}. */
export interface JobActionsProps {
  job: BatchJob
  onCancel: () => void
  onDelete: () => void
}

/** Cancel (while it runs) and Delete, each behind a confirmation. */
export function JobActions({ job, onCancel, onDelete }: JobActionsProps) {
  const id = shortId(job.id)
  const cancellable = !isTerminalStatus(job.status) && job.status !== 'CANCELLATION_REQUESTED'
  return (
    <div className="job-actions">
      {cancellable ? (
        <ConfirmButton
          label="Cancel job"
          title={`Cancel job ${id}?`}
          confirmLabel="Yes, cancel it"
          dismissLabel="Keep running"
          danger
          onConfirm={onCancel}
        >
          <p>
            {job.completed_requests > 0
              ? `The ${job.completed_requests} requests already done keep their results; the rest are not run.`
              : 'No request has run yet; none will.'}
          </p>
        </ConfirmButton>
      ) : null}
      <ConfirmButton
        label="Delete job"
        title={`Delete job ${id}?`}
        confirmLabel="Yes, delete it"
        className="button button--ghost-danger"
        danger
        onConfirm={onDelete}
      >
        <p>The job disappears from the list. Its input and output files are kept.</p>
      </ConfirmButton>
    </div>
  )
}
