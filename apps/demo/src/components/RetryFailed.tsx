import type { BatchGroup, BatchJob } from '@mistral-batch/core'
import { useState } from 'react'
import { useClient, useMaxRequestsPerJob } from '../lib/client-context'
import { formatCount, shortId } from '../lib/format'
import { ErrorPanel } from './ErrorPanel'

/** Props of {@link RetryFailed}. */
export interface RetryFailedProps {
  /** A terminal job with failed requests. */
  job: BatchJob
  onOpenJob: (job_id: string) => void
  onOpenGroup: (group: BatchGroup) => void
}

type Retry = BatchJob | BatchGroup
// A job's `object` is any string on the wire, so the group is told apart by its own literal.
const isGroup = (retry: Retry | null): retry is BatchGroup => retry?.object === 'batch_group'

/**
 * "Retry failed requests": `client.batch.retryFailed(job)` makes one job (or a group, when the failures
 * are over the per-job limit) of the failed requests only. It is idempotent, so a second click returns the
 * same retry; the panel says how many clicks gave that one id.
 */
export function RetryFailed({ job, onOpenJob, onOpenGroup }: RetryFailedProps) {
  const client = useClient()
  const maxRequestsPerJob = useMaxRequestsPerJob()
  const [retry, setRetry] = useState<Retry | null>(null)
  const [answers, setAnswers] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)

  const onRetry = () => {
    setBusy(true)
    setError(null)
    client.batch
      .retryFailed(job, { maxRequestsPerJob })
      .then((made) => {
        setRetry(made)
        setAnswers((n) => (made && made.id === retry?.id ? n + 1 : 1))
      }, setError)
      .finally(() => setBusy(false))
  }
  const kind = isGroup(retry) ? 'group' : 'job'
  const open = () => {
    if (isGroup(retry)) onOpenGroup(retry)
    else if (retry) onOpenJob(retry.id)
  }

  return (
    <section className="retry" aria-label="Retry failed requests">
      <p>
        {formatCount(job.failed_requests)} request{job.failed_requests === 1 ? '' : 's'} failed.{' '}
        <button type="button" className="button button--small" onClick={onRetry} disabled={busy}>
          Retry failed requests
        </button>
      </p>
      {error ? <ErrorPanel error={error} onDismiss={() => setError(null)} /> : null}
      {retry ? (
        <p className="retry__made" role="status" data-retry-id={retry.id}>
          Retry {kind} <code>{shortId(retry.id)}</code>
          {answers > 1 ? ` · the same ${kind} on all ${answers} clicks (retries are idempotent)` : ''}{' '}
          <button type="button" className="button button--small" onClick={open}>
            Open retry {kind}
          </button>
        </p>
      ) : null}
    </section>
  )
}
