import { type ApiEndpoint, type BatchGroup, type BatchJob, toJsonl } from '@mistral-batch/core'
import { type FormEvent, useMemo, useState } from 'react'
import { composeRequests, DEFAULT_MODELS, isComposeEndpoint } from '../lib/compose'
import { formatBytes } from '../lib/format'
import { useCreateBatch } from '../lib/use-create-batch'
import { useValidation } from '../lib/use-validation'
import { BatchSettings } from './BatchSettings'
import { ComposeRequests, type ComposeValue } from './ComposeRequests'
import { ErrorPanel } from './ErrorPanel'
import { FileDrop } from './FileDrop'
import { MetadataEditor, type MetadataEntry, toMetadata } from './MetadataEditor'
import { ProgressBar } from './ProgressBar'
import { ValidationSummary } from './ValidationSummary'

type SourceKind = 'file' | 'compose'
const EMPTY_COMPOSE: ComposeValue = { rows: '', system: '', max_tokens: '' }

/** Props of {@link CreateBatchForm}: `onGroupCreated` when the input was over the per-job limit. */
type Props = { onCreated: (job: BatchJob) => void; onGroupCreated?: (group: BatchGroup) => void }

/** Create a batch: a file or written requests, validated in the browser, uploaded, then a job (or group). */
export function CreateBatchForm({ onCreated, onGroupCreated }: Props) {
  const [kind, setKind] = useState<SourceKind>('file')
  const [file, setFile] = useState<File | null>(null)
  const [compose, setCompose] = useState<ComposeValue>(EMPTY_COMPOSE)
  const [endpoint, setEndpoint] = useState<ApiEndpoint>('/v1/chat/completions')
  const [model, setModel] = useState(DEFAULT_MODELS['/v1/chat/completions'])
  const [timeoutHours, setTimeoutHours] = useState('24')
  const [metadata, setMetadata] = useState<MetadataEntry[]>([{ key: 'source', value: 'demo' }])
  const create = useCreateBatch()
  const busy = create.phase === 'uploading' || create.phase === 'creating'

  const composeEndpoint = isComposeEndpoint(endpoint) ? endpoint : '/v1/chat/completions'
  const source = useMemo<Blob | string | null>(() => {
    if (kind === 'file') return file
    const maxTokens = Number.parseInt(compose.max_tokens, 10)
    const requests = composeRequests(compose.rows, composeEndpoint, {
      system: compose.system,
      ...(maxTokens > 0 ? { max_tokens: maxTokens } : {}),
    })
    return requests.length > 0 ? toJsonl(requests) : null
  }, [kind, file, compose, composeEndpoint])
  const validation = useValidation(source, kind === 'compose' ? composeEndpoint : endpoint, model)

  const changeEndpoint = (next: ApiEndpoint) => {
    // Follow the endpoint with its usual model, unless the user typed one of their own.
    if (!model.trim() || model === DEFAULT_MODELS[endpoint]) setModel(DEFAULT_MODELS[next])
    setEndpoint(next)
  }
  const changeKind = (next: SourceKind) => {
    setKind(next)
    if (next === 'compose' && !isComposeEndpoint(endpoint)) changeEndpoint('/v1/chat/completions')
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || source === null) return
    const hours = Math.min(168, Math.max(1, Number.parseInt(timeoutHours, 10) || 24))
    const made = await create.submit({
      source,
      file_name:
        kind === 'file' && file ? file.name : `requests-${new Date().toISOString().slice(0, 19)}.jsonl`,
      endpoint: kind === 'compose' ? composeEndpoint : endpoint,
      model: model.trim(),
      metadata: toMetadata(metadata),
      timeout_hours: hours,
      validation: validation.result,
    })
    if (!made) return
    setFile(null)
    setCompose((c) => ({ ...c, rows: '' }))
    if (made.job) onCreated(made.job)
    else onGroupCreated?.(made.group)
  }

  const progress = create.uploadProgress
  return (
    <form className="card create-form" onSubmit={onSubmit} aria-labelledby="create-title" noValidate>
      <h2 id="create-title">New batch</h2>
      <fieldset className="segmented" disabled={busy}>
        <legend className="visually-hidden">Requests from</legend>
        {(['file', 'compose'] as const).map((k) => (
          <label key={k} className={`segmented__option${kind === k ? ' segmented__option--on' : ''}`}>
            <input
              type="radio"
              name="source-kind"
              className="visually-hidden"
              checked={kind === k}
              onChange={() => changeKind(k)}
            />
            {k === 'file' ? 'Upload a file' : 'Write requests'}
          </label>
        ))}
      </fieldset>
      <fieldset className="plain" disabled={busy}>
        {kind === 'file' ? (
          <FileDrop file={file} onFile={setFile} />
        ) : (
          <ComposeRequests endpoint={composeEndpoint} value={compose} onChange={setCompose} />
        )}
        <ValidationSummary state={validation} />
        <BatchSettings
          endpoint={kind === 'compose' ? composeEndpoint : endpoint}
          model={model}
          timeoutHours={timeoutHours}
          composeOnly={kind === 'compose'}
          onEndpoint={changeEndpoint}
          onModel={setModel}
          onTimeoutHours={setTimeoutHours}
        />
        <MetadataEditor entries={metadata} onChange={setMetadata} />
      </fieldset>
      {create.phase === 'uploading' || create.phase === 'creating' ? (
        <div className="upload-status" aria-live="polite">
          <ProgressBar
            label="Upload progress"
            unit="bytes"
            completed={create.phase === 'creating' ? 1 : (progress?.loaded ?? 0)}
            total={create.phase === 'creating' ? 1 : (progress?.total ?? 0)}
          />
          <span className="muted">
            {create.phase === 'creating'
              ? 'Creating the job…'
              : `Uploading… ${progress ? formatBytes(progress.loaded) : ''}${progress?.total ? ` of ${formatBytes(progress.total)}` : ''}`}
          </span>
        </div>
      ) : null}
      {create.error ? (
        <ErrorPanel error={create.error} context="Creating the batch" onDismiss={create.dismiss} />
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || source === null || validation.validating}
          aria-busy={busy}
        >
          Create batch job
        </button>
        {create.phase === 'uploading' ? (
          <button type="button" className="button button--ghost" onClick={() => create.abort()}>
            Stop upload
          </button>
        ) : null}
      </div>
    </form>
  )
}
