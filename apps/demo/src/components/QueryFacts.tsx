import { formatCount } from '../lib/format'

interface QueryFactsProps {
  /** The id prefix of the heading and of the two test ids (`${id}-status`, `${id}-polling`). */
  id: string
  /** The `useQuery(…)` call shown to the reader. */
  call: string
  data: { status: string; completed_requests: number; total_requests: number } | undefined
  error: unknown
  isFetching: boolean
  polling: boolean
  /** When the data last changed; omitted, the row is not shown. */
  updatedAt?: number
}

/** What a TanStack Query panel shows of a job or a group: status, counters, and whether it still polls. */
export function QueryFacts({ id, call, data, error, isFetching, polling, updatedAt }: QueryFactsProps) {
  return (
    <section className="query-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>TanStack Query</h3>
      <p className="muted">
        <code>{call}</code>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd data-testid={`${id}-status`}>{data?.status ?? (error ? 'error' : 'loading')}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>
            {data ? `${formatCount(data.completed_requests)} / ${formatCount(data.total_requests)}` : '—'}
          </dd>
        </div>
        <div>
          <dt>Polling</dt>
          <dd data-testid={`${id}-polling`}>
            {polling
              ? isFetching
                ? 'fetching…'
                : 'on, backing off while nothing moves'
              : 'stopped (terminal)'}
          </dd>
        </div>
        {updatedAt === undefined ? null : (
          <div>
            <dt>Last update</dt>
            <dd>{updatedAt > 0 ? new Date(updatedAt).toLocaleTimeString() : '—'}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
