import type { BatchResult } from '@mistral-batch/core'
import { previewBody, previewError } from '../lib/result-preview'

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
 * The results table of a job or a group: a row per line, in arrival order. `label` names the table for
 * assistive technology.
 */
export function ResultsTable({ rows, label }: { rows: readonly BatchResult[]; label: string }) {
  return (
    <div className="table-wrap">
      <table className="results-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">custom_id</th>
            <th scope="col">Result</th>
            <th scope="col">Answer (click for JSON)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Rows are only ever appended, and custom_id may be missing or repeated across files.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <ResultRow key={`${row.id ?? ''}:${row.custom_id ?? ''}:${index}`} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
