/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Requests done so far (succeeded + failed). */
  completed: number
  /** Requests in all; 0 means "not known yet" and draws an indeterminate bar. */
  total: number
  /** Of `completed`, how many failed: drawn as a red tail. Defaults to 0. */
  failed?: number
  /** The accessible name, e.g. "Progress of job 1a2b3c". */
  label: string
  /** A thin bar for table rows. Defaults to false. */
  compact?: boolean
  /** What is counted, for screen readers ("3 of 8 requests"). Defaults to 'requests'. */
  unit?: string
}

/** A determinate progress bar with a failed segment, or an indeterminate one while the total is unknown. */
export function ProgressBar({
  completed,
  total,
  failed = 0,
  label,
  compact = false,
  unit = 'requests',
}: ProgressBarProps) {
  const known = total > 0
  const ok = known ? (Math.max(0, completed - failed) / total) * 100 : 0
  const bad = known ? (Math.min(failed, completed) / total) * 100 : 0
  const percent = known ? Math.round((completed / total) * 100) : undefined
  return (
    <div
      className={`progress${compact ? ' progress--compact' : ''}${known ? '' : ' progress--indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? completed : undefined}
      aria-valuetext={
        known ? `${completed} of ${total} ${unit} (${percent}%)` : `Waiting for the ${unit} count`
      }
    >
      <span className="progress__ok" style={{ width: `${ok}%` }} />
      <span className="progress__failed" style={{ width: `${bad}%` }} />
    </div>
  )
}
