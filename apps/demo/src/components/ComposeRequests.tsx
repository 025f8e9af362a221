import { useId } from 'react'
import { type ComposeEndpoint, EXAMPLE_ROWS } from '../lib/compose'

/** What the compose tab edits. */
export interface ComposeValue {
  rows: string
  system: string
  max_tokens: string
}

/** Props of {@link ComposeRequests}. */
export interface ComposeRequestsProps {
  endpoint: ComposeEndpoint
  value: ComposeValue
  onChange: (value: ComposeValue) => void
}

/** Write requests by hand: one prompt (chat) or one text (embeddings) per row. */
export function ComposeRequests({ endpoint, value, onChange }: ComposeRequestsProps) {
  const id = useId()
  const chat = endpoint === '/v1/chat/completions'
  const count = value.rows.split('\n').filter((row) => row.trim()).length
  return (
    <div className="compose">
      <div className="field">
        <div className="field__label-row">
          <label htmlFor={`${id}-rows`}>
            {chat ? 'Prompts, one per row' : 'Texts to embed, one per row'}
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ ...value, rows: EXAMPLE_ROWS[endpoint] })}
          >
            Load an example
          </button>
        </div>
        <textarea
          id={`${id}-rows`}
          rows={6}
          value={value.rows}
          spellCheck
          placeholder={
            chat ? 'Write a haiku about batch jobs.\nSummarise this paragraph: …' : 'A sentence to embed.'
          }
          onChange={(event) => onChange({ ...value, rows: event.target.value })}
        />
        <span className="field__hint muted">
          {count === 1 ? '1 request' : `${count} requests`} · custom_id is row-N
        </span>
      </div>
      {chat ? (
        <div className="field-row">
          <div className="field field--grow">
            <label htmlFor={`${id}-system`}>System message (optional)</label>
            <input
              id={`${id}-system`}
              value={value.system}
              placeholder="You are concise."
              onChange={(event) => onChange({ ...value, system: event.target.value })}
            />
          </div>
          <div className="field field--narrow">
            <label htmlFor={`${id}-max`}>Max tokens</label>
            <input
              id={`${id}-max`}
              type="number"
              min={1}
              inputMode="numeric"
              value={value.max_tokens}
              placeholder="auto"
              onChange={(event) => onChange({ ...value, max_tokens: event.target.value })}
            />
          </div>
        </div>
      ) : null}
    </div>
  )
}
