import { describeError } from '../lib/describe-error'
import { IssuesList } from './IssuesList'

/** Props of {@link ErrorPanel}. */
export interface ErrorPanelProps {
  error: unknown
  /** What was being done, e.g. "Loading jobs". Defaults to none. */
  context?: string
  /** Shows a Retry button. Defaults to none. */
  onRetry?: () => void
  /** Shows a Dismiss button. Defaults to none. */
  onDismiss?: () => void
}

/** Every failure, explained: what happened, the server's own words, and what to do about it. */
export function ErrorPanel({ error, context, onRetry, onDismiss }: ErrorPanelProps) {
  const { title, detail, hint, issues } = describeError(error)
  return (
    <div className="error-panel" role="alert">
      <div className="error-panel__head">
        <span className="error-panel__icon" aria-hidden="true">
          !
        </span>
        <div>
          <p className="error-panel__title">
            {context ? `${context}: ` : ''}
            {title}
          </p>
          {detail && detail !== title ? <p className="error-panel__detail">{detail}</p> : null}
          {hint ? <p className="error-panel__hint">{hint}</p> : null}
        </div>
      </div>
      {issues && issues.length > 0 ? <IssuesList issues={issues} /> : null}
      {onRetry || onDismiss ? (
        <div className="error-panel__actions">
          {onRetry ? (
            <button type="button" className="button button--small" onClick={onRetry}>
              Retry
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
              Dismiss
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
