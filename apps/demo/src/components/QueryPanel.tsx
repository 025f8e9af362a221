import { isTerminalStatus } from '@mistral-batch/core'
import { batchJobQueryOptions } from '@mistral-batch/core/query'
import { useQuery } from '@tanstack/react-query'
import { useClient } from '../lib/client-context'
import { QueryFacts } from './QueryFacts'

/**
 * The same job watched a second way: through TanStack Query with `@mistral-batch/core/query`, as an app
 * that already has a QueryClient would do it. Polling backs off while the counters stand still and stops
 * at a terminal status, so this panel and `useBatchJob` agree without a second polling policy.
 */
export function QueryPanel({ jobId }: { jobId: string }) {
  const client = useClient()
  const { data: job, error, isFetching, dataUpdatedAt } = useQuery(batchJobQueryOptions(client, jobId))
  return (
    <QueryFacts
      id="query"
      call="useQuery(batchJobQueryOptions(client, job_id))"
      data={job}
      error={error}
      isFetching={isFetching}
      polling={job ? !isTerminalStatus(job.status) : true}
      updatedAt={dataUpdatedAt}
    />
  )
}
