import { formatCount } from '../lib/format'
import { blockingIssues, type ValidationState } from '../lib/use-validation'
import { ErrorPanel } from './ErrorPanel'
import { IssuesList } from './IssuesList'

/** The in-browser validation's verdict: valid with a count, or the problems by line. */
export function ValidationSummary({ state }: { state: ValidationState }) {
  if (state.validating) return <p className="validation validation--pending">Checking the input…</p>
  if (state.error) return <ErrorPanel error={state.error} context="Reading the input" />
  const result = state.result
  if (!result) return null
  const errors = blockingIssues(result)
  const warnings = result.issues.length - errors
  const requests = `${formatCount(result.count)} request${result.count === 1 ? '' : 's'}`
  return (
    <div className="validation" aria-live="polite">
      {errors > 0 ? (
        <p className="validation__verdict validation__verdict--bad">
          ✗ {errors} problem{errors === 1 ? '' : 's'} in {requests}: fix {errors === 1 ? 'it' : 'them'} before
          uploading
        </p>
      ) : result.count === 0 ? (
        <p className="validation__verdict validation__verdict--bad">✗ No requests found</p>
      ) : (
        <p className="validation__verdict validation__verdict--ok">
          ✓ {requests}, valid{warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}
        </p>
      )}
      {result.issues.length > 0 ? <IssuesList issues={result.issues} /> : null}
    </div>
  )
}
