import { API_ENDPOINTS, type ApiEndpoint } from '@mistral-batch/core'
import { useId } from 'react'
import { COMPOSE_ENDPOINTS, DEFAULT_MODELS, isApiEndpoint } from '../lib/compose'

/** Props of {@link BatchSettings}. */
export interface BatchSettingsProps {
  endpoint: ApiEndpoint
  model: string
  timeoutHours: string
  /** Only the endpoints the compose tab can write for. */
  composeOnly: boolean
  onEndpoint: (endpoint: ApiEndpoint) => void
  onModel: (model: string) => void
  onTimeoutHours: (hours: string) => void
}

/** Endpoint, model and timeout: the job-level settings (contract §3: `timeout_hours` is 1–168). */
export function BatchSettings(props: BatchSettingsProps) {
  const id = useId()
  const endpoints = props.composeOnly ? COMPOSE_ENDPOINTS : API_ENDPOINTS
  const models = [...new Set(Object.values(DEFAULT_MODELS))]
  return (
    <div className="field-grid">
      <div className="field">
        <label htmlFor={`${id}-endpoint`}>Endpoint</label>
        <select
          id={`${id}-endpoint`}
          value={props.endpoint}
          onChange={(event) => {
            if (isApiEndpoint(event.target.value)) props.onEndpoint(event.target.value)
          }}
        >
          {endpoints.map((endpoint) => (
            <option key={endpoint} value={endpoint}>
              {endpoint}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-model`}>Model</label>
        <input
          id={`${id}-model`}
          list={`${id}-models`}
          value={props.model}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => props.onModel(event.target.value)}
        />
        <datalist id={`${id}-models`}>
          {models.map((model) => (
            <option key={model} value={model} />
          ))}
        </datalist>
      </div>
      <div className="field field--narrow">
        <label htmlFor={`${id}-timeout`}>Timeout (hours)</label>
        <input
          id={`${id}-timeout`}
          type="number"
          min={1}
          max={168}
          inputMode="numeric"
          value={props.timeoutHours}
          onChange={(event) => props.onTimeoutHours(event.target.value)}
        />
      </div>
    </div>
  )
}
