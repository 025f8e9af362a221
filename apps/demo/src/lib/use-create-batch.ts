import { type ApiEndpoint, type BatchJob, InputValidationError } from '@mistral-batch/core'
import { useUploadBatch } from '@mistral-batch/react'
import { useCallback, useState } from 'react'
import { useClient } from './client-context'
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

/**
 * The create flow: refuse invalid input (nothing sent), upload with progress (`useUploadBatch`), then
 * create the job on the uploaded file. Returns the job, or undefined when a step failed (see `error`).
 */
export function useCreateBatch() {
  const client = useClient()
  const upload = useUploadBatch()
  const [phase, setPhase] = useState<CreatePhase>('idle')
  const [error, setError] = useState<unknown>(null)

  const submit = useCallback(
    async (input: CreateBatchInput): Promise<BatchJob | undefined> => {
      setError(null)
      if (!input.validation || blockingIssues(input.validation) > 0 || input.validation.count === 0) {
        const issues = input.validation?.issues ?? []
        setError(new InputValidationError('Fix the input before creating the job.', issues))
        setPhase('error')
        return undefined
      }
      try {
        setPhase('uploading')
        const file = await upload.upload(input.source, { file_name: input.file_name, purpose: 'batch' })
        setPhase('creating')
        const job = await client.batch.jobs.create({
          endpoint: input.endpoint,
          model: input.model,
          input_files: [file.id],
          timeout_hours: input.timeout_hours,
          ...(Object.keys(input.metadata).length > 0 ? { metadata: input.metadata } : {}),
        })
        setPhase('idle')
        upload.reset()
        return job
      } catch (caught) {
        setError(caught)
        setPhase('error')
        return undefined
      }
    },
    [client, upload],
  )

  const dismiss = useCallback(() => {
    setError(null)
    setPhase('idle')
    upload.reset()
  }, [upload])

  return { submit, phase, error, dismiss, uploadProgress: upload.progress, abort: upload.abort }
}
