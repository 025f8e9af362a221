import type { BatchJob, BatchResult } from '@mistral-batch/core'
import { useBatchResults } from '@mistral-batch/react'
import { useState } from 'react'
import { formatCount } from '../lib/format'
import { previewBody, previewError } from '../lib/result-preview'
import { ErrorPanel } from './ErrorPanel'

/** One result line: custom_id, ok or error with its status, a preview, and the whole line on a click. */
export function ResultRow({ row }: { row: BatchResult }) {
  const preview = row.ok ? previewBody(row.response?.body) : previewError(row)
  return (
    <tr className={row.ok ? 'result' : 'result result--error'}>
      <th scope="row" data-label="custom_id">
        <code>{row.custom_id ?? '—'}</code>
      </th>
      <td data-label="Result">
        <span className={`pill ${row.ok ? 'pill--ok' : 'pill--error'}`}>
          {row.ok ? 'ok' : 'error'}
          {row.response?.status_code ? ` ${row.response.status_code}` : ''}
        </span>
      </td>
      <td data-label="Answer" className="result__answer">
        <details>
          <summary>{preview || <span className="muted">(empty)</span>}</summary>
          <pre>{JSON.stringify(row, null, 2)}</pre>
        </details>
      </td>
    </tr>
  )
}

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
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="results-table" aria-label="Results">
            <thead>
              <tr>
                <th scope="col">custom_id</th>
                <th scope="col">Result</th>
                <th scope="col">Answer (click for JSON)</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                // Rows are only ever appended, and custom_id may be missing or repeated across files.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <ResultRow key={`${row.id ?? ''}:${row.custom_id ?? ''}:${index}`} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
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
