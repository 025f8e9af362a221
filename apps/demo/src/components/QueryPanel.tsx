import { isTerminalStatus } from '@mistral-batch/core'
import { batchJobQueryOptions } from '@mistral-batch/core/query'
import { useQuery } from '@tanstack/react-query'
import { useClient } from '../lib/client-context'
import { formatCount } from '../lib/format'

/**
 * The same job watched a second way: through TanStack Query with `@mistral-batch/core/query`, as an app
 * that already has a QueryClient would do it. Polling backs off while the counters stand still and stops
 * at a terminal status, so this panel and `useBatchJob` agree without a second polling policy.
 */
export function QueryPanel({ jobId }: { jobId: string }) {
  const client = useClient()
  const { data: job, error, isFetching, dataUpdatedAt } = useQuery(batchJobQueryOptions(client, jobId))
  const polling = job ? !isTerminalStatus(job.status) : true
  return (
    <section className="query-panel" aria-labelledby="query-panel-title">
      <h3 id="query-panel-title">TanStack Query</h3>
      <p className="muted">
        <code>useQuery(batchJobQueryOptions(client, job_id))</code>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="query-status">{job?.status ?? (error ? 'error' : 'loading')}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>{job ? `${formatCount(job.completed_requests)} / ${formatCount(job.total_requests)}` : '—'}</dd>
        </div>
        <div>
          <dt>Polling</dt>
          <dd data-testid="query-polling">
            {polling
              ? isFetching
                ? 'fetching…'
                : 'on, backing off while nothing moves'
              : 'stopped (terminal)'}
          </dd>
        </div>
        <div>
          <dt>Last update</dt>
          <dd>{dataUpdatedAt > 0 ? new Date(dataUpdatedAt).toLocaleTimeString() : '—'}</dd>
        </div>
      </dl>
    </section>
  )
}
