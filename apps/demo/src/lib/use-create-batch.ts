import { type ApiEndpoint, type BatchGroup, type BatchJob, InputValidationError } from '@mistral-batch/core'
import { type UploadProgress, useUploadBatch } from '@mistral-batch/react'
import { useCallback, useState } from 'react'
import { useClient, useMaxRequestsPerJob } from './client-context'
import { blockingIssues, type ValidationResult } from './use-validation'

/** Everything the form collected. */
export interface CreateBatchInput {
  source: Blob | string
  file_name: string
  endpoint: ApiEndpoint
  model: string
  metadata: Record<string, string>
  timeout_hours: number
  /** The in-browser validation of `source` for `endpoint`. */
  validation: ValidationResult | undefined
}

export type CreatePhase = 'idle' | 'uploading' | 'creating' | 'error'

/** What a submit made: one job, or a group of jobs when the input is over the server's per-job limit. */
export type Created = { job: BatchJob; group?: never } | { group: BatchGroup; job?: never }

/**
 * The create flow: refuse invalid input (nothing sent), upload with progress (`useUploadBatch`), then
 * create the job on the uploaded file. An input over the server's requests-per-job limit goes through
 * `groups.create` instead, one job per shard. Returns what was made, or undefined when a step failed.
 */
export function useCreateBatch() {
  const client = useClient()
  const upload = useUploadBatch()
  const maxRequestsPerJob = useMaxRequestsPerJob()
  const [phase, setPhase] = useState<CreatePhase>('idle')
  const [error, setError] = useState<unknown>(null)
  // A group uploads its shards itself (groups.create), so its bytes are counted here for the same bar.
  const [groupBytes, setGroupBytes] = useState<UploadProgress | null>(null)

  const submit = useCallback(
    async (input: CreateBatchInput): Promise<Created | undefined> => {
      setError(null)
      if (!input.validation || blockingIssues(input.validation) > 0 || input.validation.count === 0) {
        const issues = input.validation?.issues ?? []
        setError(new InputValidationError('Fix the input before creating the job.', issues))
        setPhase('error')
        return undefined
      }
      const metadata = Object.keys(input.metadata).length > 0 ? { metadata: input.metadata } : {}
      try {
        if (input.validation.count > maxRequestsPerJob) {
          setPhase('uploading')
          const total = typeof input.source === 'string' ? new Blob([input.source]).size : input.source.size
          const group = await client.batch.groups.create(input.source, {
            endpoint: input.endpoint,
            model: input.model,
            timeout_hours: input.timeout_hours,
            maxRequestsPerJob,
            onProgress: ({ bytes_sent }) => {
              const loaded = Math.min(bytes_sent, total)
              setGroupBytes({ loaded, total, fraction: total > 0 ? loaded / total : 1 })
            },
            ...metadata,
          })
          setPhase('idle')
          setGroupBytes(null)
          return { group }
        }
        setPhase('uploading')
        const file = await upload.upload(input.source, { file_name: input.file_name, purpose: 'batch' })
        setPhase('creating')
        const job = await client.batch.jobs.create({
          endpoint: input.endpoint,
          model: input.model,
          input_files: [file.id],
          timeout_hours: input.timeout_hours,
          ...metadata,
        })
        setPhase('idle')
        upload.reset()
        return { job }
      } catch (caught) {
        setGroupBytes(null)
        setError(caught)
        setPhase('error')
        return undefined
      }
    },
    [client, upload, maxRequestsPerJob],
  )

  const dismiss = useCallback(() => {
    setError(null)
    setPhase('idle')
    upload.reset()
  }, [upload])

  return { submit, phase, error, dismiss, uploadProgress: groupBytes ?? upload.progress, abort: upload.abort }
}
