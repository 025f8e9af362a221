// 'short' ("3 min. ago") keeps the jobs table narrow enough for a laptop screen.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' })
const count = new Intl.NumberFormat('en')
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' })

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** "just now", "42 sec. ago", "3 min. ago", "in 2 hr.", from a wire timestamp in epoch seconds. */
export function formatRelativeTime(epochSeconds: number, nowMs: number = Date.now()): string {
  const diff = epochSeconds - nowMs / 1000
  const abs = Math.abs(diff)
  if (abs < 5) return 'just now'
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relative.format(Math.round(diff / size), unit)
  }
  return relative.format(Math.round(diff), 'second')
}

/** The absolute time, for a tooltip beside a relative one. */
export function formatDateTime(epochSeconds: number): string {
  return dateTime.format(new Date(epochSeconds * 1000))
}

/** 1234 → "1,234". */
export function formatCount(value: number): string {
  return count.format(value)
}

/** A duration in seconds as "45 s", "3 min 05 s", "2 h 07 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  const minutes = Math.floor(s / 60)
  if (minutes < 60) return `${minutes} min ${String(s % 60).padStart(2, '0')} s`
  const hours = Math.floor(minutes / 60)
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`
}

/** Bytes as "812 B", "14.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

/** A request rate: "12.4 req/s", or per minute when slow. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1) return `${perSecond.toFixed(perSecond < 10 ? 1 : 0)} req/s`
  return `${(perSecond * 60).toFixed(1)} req/min`
}

/** A job id is a UUID: the first block is enough to tell jobs apart in a table. */
export function shortId(id: string): string {
  const bare = id.replace(/^batch[-_]/, '')
  return bare.length > 8 ? bare.slice(0, 8) : bare
}
