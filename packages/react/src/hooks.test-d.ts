import type { BatchJob, FileObject, MistralBatchClient, ObserverStatus } from '@mistral-batch/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type BatchClientLike, type JobProgress, useBatchJob, useBatchJobs, useUploadBatch } from './index'

describe('hook result types', () => {
  it('pins useBatchJob', () => {
    const result = useBatchJob('job-1')
    expectTypeOf(result.job).toEqualTypeOf<BatchJob | undefined>()
    expectTypeOf(result.status).toEqualTypeOf<ObserverStatus>()
    expectTypeOf(result.error).toEqualTypeOf<Error | null>()
    expectTypeOf(result.isFetching).toEqualTypeOf<boolean>()
    expectTypeOf(result.isTerminal).toEqualTypeOf<boolean>()
    expectTypeOf(result.progress).toEqualTypeOf<JobProgress | null>()
    expectTypeOf(result.refetch).returns.toEqualTypeOf<Promise<BatchJob | undefined>>()
    expectTypeOf(result.cancel).returns.toEqualTypeOf<Promise<BatchJob>>()
    expectTypeOf(useBatchJob).parameter(0).toEqualTypeOf<string | null | undefined>()
  })

  it('pins useBatchJobs and its params', () => {
    const result = useBatchJobs({ status: ['RUNNING'], page: 1, page_size: 10, metadata: { team: 'a' } })
    expectTypeOf(result.jobs).toEqualTypeOf<readonly BatchJob[]>()
    expectTypeOf(result.total).toEqualTypeOf<number>()
    expectTypeOf(result.status).toEqualTypeOf<ObserverStatus>()
    expectTypeOf(result.refetch).returns.toEqualTypeOf<Promise<readonly BatchJob[]>>()
    // @ts-expect-error: not a list filter
    useBatchJobs({ colour: 'red' })
  })

  it('pins useUploadBatch', () => {
    const result = useUploadBatch()
    expectTypeOf(result.status).toEqualTypeOf<'idle' | 'uploading' | 'success' | 'error'>()
    expectTypeOf(result.progress).toEqualTypeOf<{
      loaded: number
      total?: number
      fraction?: number
    } | null>()
    expectTypeOf(result.file).toEqualTypeOf<FileObject | null>()
    expectTypeOf(result.upload).returns.toEqualTypeOf<Promise<FileObject>>()
    expectTypeOf(result.abort).toEqualTypeOf<() => void>()
  })

  it('accepts the real client in the provider', () => {
    expectTypeOf<MistralBatchClient>().toExtend<BatchClientLike>()
  })
})
