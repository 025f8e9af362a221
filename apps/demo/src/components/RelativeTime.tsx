import { formatDateTime, formatRelativeTime } from '../lib/format'

/** "3 minutes ago", with the exact time as a tooltip and in `dateTime`. */
export function RelativeTime({ seconds, now }: { seconds: number | null | undefined; now: number }) {
  if (!seconds) return <span className="muted">—</span>
  return (
    <time dateTime={new Date(seconds * 1000).toISOString()} title={formatDateTime(seconds)}>
      {formatRelativeTime(seconds, now)}
    </time>
  )
}
