import type { BatchJobStatus } from '@mistral-batch/core'

const LABELS: Record<string, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  SUCCESS: 'Succeeded',
  FAILED: 'Failed',
  TIMEOUT_EXCEEDED: 'Timed out',
  CANCELLATION_REQUESTED: 'Cancelling',
  CANCELLED: 'Cancelled',
}

/** The words for a status; an unknown future status shows as the server sent it. */
export function statusLabel(status: BatchJobStatus): string {
  return LABELS[status] ?? status
}

/** A coloured pill for a job status; running states pulse. `data-status` carries the wire value. */
export function StatusBadge({ status }: { status: BatchJobStatus }) {
  const tone = LABELS[status] ? status.toLowerCase() : 'unknown'
  return (
    <span className={`badge badge--${tone}`} data-status={status} title={status}>
      <span className="badge__dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  )
}
