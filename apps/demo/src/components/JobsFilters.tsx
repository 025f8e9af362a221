import { BATCH_JOB_STATUSES, type BatchJobStatus } from '@mistral-batch/core'
import { useEffect, useId, useState } from 'react'
import { statusLabel } from './StatusBadge'

/** Props of {@link JobsFilters}. */
export interface JobsFiltersProps {
  statuses: readonly BatchJobStatus[]
  model: string
  onStatuses: (statuses: BatchJobStatus[]) => void
  /** Called after typing pauses, so the list is not re-queried on every key. */
  onModel: (model: string) => void
}

/** Status toggles (none on = every status) and a model filter. */
export function JobsFilters({ statuses, model, onStatuses, onModel }: JobsFiltersProps) {
  const id = useId()
  const [draft, setDraft] = useState(model)
  useEffect(() => {
    const timer = setTimeout(() => {
      if (draft.trim() !== model) onModel(draft.trim())
    }, 350)
    return () => clearTimeout(timer)
  }, [draft, model, onModel])

  const toggle = (status: BatchJobStatus) =>
    onStatuses(statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status])

  return (
    <div className="filters">
      <fieldset className="filters__statuses">
        <legend className="visually-hidden">Filter by status</legend>
        <button
          type="button"
          className="chip"
          aria-pressed={statuses.length === 0}
          onClick={() => onStatuses([])}
        >
          All
        </button>
        {BATCH_JOB_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`chip chip--${status.toLowerCase()}`}
            aria-pressed={statuses.includes(status)}
            onClick={() => toggle(status)}
          >
            {statusLabel(status)}
          </button>
        ))}
      </fieldset>
      <div className="filters__model">
        <label htmlFor={`${id}-model`} className="visually-hidden">
          Filter by model
        </label>
        <input
          id={`${id}-model`}
          type="search"
          placeholder="Filter by model"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
    </div>
  )
}
