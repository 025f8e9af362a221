import { isTerminalStatus } from '@mistral-batch/core'
import { batchGroupQueryOptions } from '@mistral-batch/core/query'
import { useQuery } from '@tanstack/react-query'
import { useClient } from '../lib/client-context'
import { QueryFacts } from './QueryFacts'

/**
 * The same group watched through TanStack Query (`batchGroupQueryOptions`), as an app with its own
 * QueryClient would: it backs off while no job of the group moves and stops once the group is terminal.
 */
export function GroupQueryPanel({ groupId }: { groupId: string }) {
  const client = useClient()
  const { data: group, error, isFetching } = useQuery(batchGroupQueryOptions(client, groupId))
  return (
    <QueryFacts
      id="group-query"
      call="useQuery(batchGroupQueryOptions(client, group_id))"
      data={group}
      error={error}
      isFetching={isFetching}
      polling={group ? !isTerminalStatus(group.status) : true}
    />
  )
}
