import type { BatchJob } from '@mistral-batch/core'
import { useBatchResults } from '@mistral-batch/react'
import { useState } from 'react'
import { formatCount } from '../lib/format'
import { ErrorPanel } from './ErrorPanel'
import { ResultsTable } from './ResultsTable'

/**
 * The results of a finished job, streamed by `useBatchResults` into a table, 50 lines a page: custom_id,
 * ok or error, a preview of the answer, and the whole line as JSON on demand.
 */
export function ResultsViewer({ job }: { job: BatchJob }) {
  const results = useBatchResults(job)
  const [errorsOnly, setErrorsOnly] = useState(false)
  const okCount = results.rows.filter((r) => r.ok).length
  const errorCount = results.rows.length - okCount
  const shown = errorsOnly ? results.rows.filter((r) => !r.ok) : results.rows
  return (
    <section className="results" aria-labelledby="results-title" aria-busy={results.status === 'loading'}>
      <div className="card__head">
        <h3 id="results-title">Results</h3>
        <span className="muted tabular" aria-live="polite">
          {formatCount(results.rows.length)} loaded · {formatCount(okCount)} ok · {formatCount(errorCount)}{' '}
          error
        </span>
        {errorCount > 0 ? (
          <button
            type="button"
            className="chip"
            aria-pressed={errorsOnly}
            onClick={() => setErrorsOnly((on) => !on)}
          >
            Errors only
          </button>
        ) : null}
      </div>
      {results.error ? <ErrorPanel error={results.error} context="Reading results" /> : null}
      {shown.length > 0 ? <ResultsTable rows={shown} label="Results" /> : null}
      {results.status === 'loading' ? <p className="empty">Streaming results…</p> : null}
      {results.status === 'done' && results.rows.length === 0 ? (
        <p className="empty">This job has no result lines.</p>
      ) : null}
      {results.status === 'more' ? (
        <button type="button" className="button button--small" onClick={results.loadMore}>
          Show more results
        </button>
      ) : null}
    </section>
  )
}
