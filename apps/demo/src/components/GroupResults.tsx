import { useState } from 'react'
import { formatCount } from '../lib/format'
import type { GroupResults as Results } from '../lib/use-group-results'
import { ErrorPanel } from './ErrorPanel'
import { ResultsTable } from './ResultsTable'

const PAGE = 100

/** One results view for the whole group: every shard's lines in one table, 100 more at a time. */
export function GroupResults({ results }: { results: Results }) {
  const [shown, setShown] = useState(PAGE)
  const ok = results.rows.filter((row) => row.ok).length
  const rows = results.rows.slice(0, shown)
  return (
    <section
      className="results"
      aria-labelledby="group-results-title"
      aria-busy={results.status === 'loading'}
    >
      <div className="card__head">
        <h3 id="group-results-title">Group results</h3>
        <span className="muted tabular" aria-live="polite">
          {formatCount(results.rows.length)} loaded · {formatCount(ok)} ok ·{' '}
          {formatCount(results.rows.length - ok)} error
        </span>
      </div>
      {results.error ? <ErrorPanel error={results.error} context="Reading the group's results" /> : null}
      {rows.length > 0 ? <ResultsTable rows={rows} label="Group results" /> : null}
      {results.status === 'loading' ? <p className="empty">Streaming results…</p> : null}
      {results.rows.length > shown ? (
        <button type="button" className="button button--small" onClick={() => setShown((n) => n + PAGE)}>
          Show more results
        </button>
      ) : null}
    </section>
  )
}
