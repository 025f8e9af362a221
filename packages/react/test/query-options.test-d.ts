import { type BatchGroup, type BatchJob, type BatchJobList, createClient } from '@mistral-batch/core'
import {
  batchGroupQueryOptions,
  batchJobQueryOptions,
  batchJobsQueryOptions,
  batchKeys,
} from '@mistral-batch/core/query'
import { QueryClient, useQuery } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'

const client = createClient({ apiKey: 'k' })

describe('core/query option objects in TanStack Query', () => {
  it('infers data as BatchJob from batchJobQueryOptions', () => {
    const { data } = useQuery(batchJobQueryOptions(client, 'job-1'))
    expectTypeOf(data).toEqualTypeOf<BatchJob | undefined>()
  })

  it('infers data as the list page from batchJobsQueryOptions', () => {
    const { data } = useQuery(batchJobsQueryOptions(client, { status: ['RUNNING'] }))
    expectTypeOf(data).toEqualTypeOf<BatchJobList | undefined>()
  })

  it('keeps the inference through a spread with select', () => {
    const { data } = useQuery({ ...batchJobQueryOptions(client, 'job-1'), select: (job) => job.status })
    expectTypeOf(data).toEqualTypeOf<BatchJob['status'] | undefined>()
  })

  it('works with the imperative QueryClient API and batchKeys', async () => {
    const queryClient = new QueryClient()
    expectTypeOf(await queryClient.fetchQuery(batchJobQueryOptions(client, 'j'))).toEqualTypeOf<BatchJob>()
    await queryClient.invalidateQueries({ queryKey: batchKeys.all })
    // @ts-expect-error: a job id is a string
    batchJobQueryOptions(client, 42)
  })
})

describe('batchGroupQueryOptions in TanStack Query', () => {
  it('infers data as BatchGroup', async () => {
    const { data } = useQuery(batchGroupQueryOptions(client, 'group-1'))
    expectTypeOf(data).toEqualTypeOf<BatchGroup | undefined>()
    const queryClient = new QueryClient()
    expectTypeOf(
      await queryClient.fetchQuery(batchGroupQueryOptions(client, 'g')),
    ).toEqualTypeOf<BatchGroup>()
  })
})
