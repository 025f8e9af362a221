import { formatCount } from '../lib/format'

/** Props of {@link Pager}. */
export interface PagerProps {
  /** 0-based, as the API's `page`. */
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}

/** "11–20 of 34" with Previous and Next. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const from = total === 0 ? 0 : page * pageSize + 1
  const to = Math.min(total, (page + 1) * pageSize)
  return (
    <nav className="pager" aria-label="Jobs pages">
      <span className="muted" aria-live="polite">
        {total === 0 ? 'No jobs' : `${formatCount(from)}–${formatCount(to)} of ${formatCount(total)}`}
      </span>
      <div className="pager__buttons">
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={page === 0}
          onClick={() => onPage(page - 1)}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={page + 1 >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next →
        </button>
      </div>
    </nav>
  )
}
