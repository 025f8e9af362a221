import { useId } from 'react'

export interface MetadataEntry {
  key: string
  value: string
}

/** The entries with a key, as the wire's `metadata` object. */
export function toMetadata(entries: readonly MetadataEntry[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { key, value } of entries) if (key.trim()) out[key.trim()] = value
  return out
}

/** Key/value rows for the job's `metadata` (searchable later, e.g. job_type=testing). */
export function MetadataEditor({
  entries,
  onChange,
}: {
  entries: readonly MetadataEntry[]
  onChange: (entries: MetadataEntry[]) => void
}) {
  const id = useId()
  const set = (index: number, patch: Partial<MetadataEntry>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)))
  return (
    <fieldset className="metadata">
      <legend>Metadata</legend>
      {entries.map((entry, index) => (
        // Rows have no identity beyond their position; editing never reorders them.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="metadata__row" key={index}>
          <input
            aria-label={`Metadata key ${index + 1}`}
            id={`${id}-k${index}`}
            placeholder="key"
            value={entry.key}
            onChange={(event) => set(index, { key: event.target.value })}
          />
          <input
            aria-label={`Metadata value ${index + 1}`}
            placeholder="value"
            value={entry.value}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove metadata ${entry.key || index + 1}`}
            onClick={() => onChange(entries.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...entries, { key: '', value: '' }])}
      >
        + Add metadata
      </button>
    </fieldset>
  )
}
