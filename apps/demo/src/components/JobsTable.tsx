import type { BatchJob, BatchJobStatus } from '@mistral-batch/core'
import { useBatchJobs } from '@mistral-batch/react'
import { useCallback, useMemo, useState } from 'react'
import { useClient } from '../lib/client-context'
import { useNow } from '../lib/use-now'
import { ErrorPanel } from './ErrorPanel'
import { JobRow } from './JobRow'
import { JobsFilters } from './JobsFilters'
import { Pager } from './Pager'

const PAGE_SIZE = 10

/** Props of {@link JobsTable}. */
export interface JobsTableProps {
  selectedId: string | null
  /** Ids of jobs created from this browser, tagged in the table. */
  mine: ReadonlySet<string>
}

/** Every job, newest first, live: filters by status and model, paging, per-row progress and Cancel. */
export function JobsTable({ selectedId, mine }: JobsTableProps) {
  const client = useClient()
  const now = useNow(5_000)
  const [statuses, setStatuses] = useState<BatchJobStatus[]>([])
  const [model, setModel] = useState('')
  const [page, setPage] = useState(0)
  const [actionError, setActionError] = useState<unknown>(null)
  const params = useMemo(
    () => ({
      page,
      page_size: PAGE_SIZE,
      order_by: '-created' as const,
      ...(statuses.length > 0 ? { status: statuses } : {}),
      ...(model ? { model } : {}),
    }),
    [page, statuses, model],
  )
  const { jobs, total, status, error, isFetching, refetch } = useBatchJobs(params, { intervalMs: 2_000 })

  const onStatuses = useCallback((next: BatchJobStatus[]) => {
    setStatuses(next)
    setPage(0)
  }, [])
  const onModel = useCallback((next: string) => {
    setModel(next)
    setPage(0)
  }, [])
  const onCancel = useCallback(
    (job: BatchJob) => {
      setActionError(null)
      client.batch.jobs.cancel(job.id).then(() => refetch(), setActionError)
    },
    [client, refetch],
  )

  const filtered = statuses.length > 0 || model !== ''
  const loading = jobs.length === 0 && (status === 'idle' || status === 'loading')
  return (
    <section className="card jobs" aria-labelledby="jobs-title" aria-busy={isFetching}>
      <div className="card__head">
        <h2 id="jobs-title" tabIndex={-1}>
          Jobs
        </h2>
        <span className={`live-dot${isFetching ? ' live-dot--busy' : ''}`} title="Updates live">
          live
        </span>
      </div>
      <JobsFilters statuses={statuses} model={model} onStatuses={onStatuses} onModel={onModel} />
      {error ? <ErrorPanel error={error} context="Loading jobs" onRetry={() => void refetch()} /> : null}
      {actionError ? (
        <ErrorPanel error={actionError} context="Cancelling" onDismiss={() => setActionError(null)} />
      ) : null}
      <div className="table-wrap">
        <table className="jobs-table">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Model</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Created</th>
              <th scope="col">Finished</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <JobRow
                key={job.id}
                job={job}
                now={now}
                selected={job.id === selectedId}
                mine={mine.has(job.id)}
                onCancel={onCancel}
              />
            ))}
          </tbody>
        </table>
        {loading && !error ? <p className="empty">Loading jobs…</p> : null}
        {!loading && jobs.length === 0 && !error ? (
          <p className="empty">
            {filtered ? 'No jobs match these filters.' : 'No batch jobs yet: create one with the form.'}
          </p>
        ) : null}
      </div>
      <Pager page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
    </section>
  )
}
