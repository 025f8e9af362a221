import { isTerminalStatus } from '@mistral-batch/core'
import { batchGroupQueryOptions } from '@mistral-batch/core/query'
import { useQuery } from '@tanstack/react-query'
import { useClient } from '../lib/client-context'
import { formatCount } from '../lib/format'

/**
 * The same group watched through TanStack Query (`batchGroupQueryOptions`), as an app with its own
 * QueryClient would: it backs off while no job of the group moves and stops once the group is terminal.
 */
export function GroupQueryPanel({ groupId }: { groupId: string }) {
  const client = useClient()
  const { data: group, error, isFetching } = useQuery(batchGroupQueryOptions(client, groupId))
  const polling = group ? !isTerminalStatus(group.status) : true
  return (
    <section className="query-panel" aria-labelledby="group-query-title">
      <h3 id="group-query-title">TanStack Query</h3>
      <p className="muted">
        <code>useQuery(batchGroupQueryOptions(client, group_id))</code>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="group-query-status">{group?.status ?? (error ? 'error' : 'loading')}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>
            {group ? `${formatCount(group.completed_requests)} / ${formatCount(group.total_requests)}` : '—'}
          </dd>
        </div>
        <div>
          <dt>Polling</dt>
          <dd data-testid="group-query-polling">
            {polling
              ? isFetching
                ? 'fetching…'
                : 'on, backing off while nothing moves'
              : 'stopped (terminal)'}
          </dd>
        </div>
      </dl>
    </section>
  )
}
