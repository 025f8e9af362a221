import { DEFAULT_INTERVAL_MS, DEFAULT_MAX_INTERVAL_MS, type ObserveOptions } from './poll-delay'

/**
 * The timing of a shared poller with several subscribers: each asks for its own options (or takes the
 * observer's defaults), and the one request stream runs at the fastest of them, interval and ceiling
 * alike (API.md "Observers"). With no subscriber, the defaults.
 */
export function effectiveOptions(
  subscribers: Iterable<ObserveOptions | undefined>,
  defaults: ObserveOptions,
): Required<{ [K in keyof ObserveOptions]: number }> {
  let intervalMs = Number.POSITIVE_INFINITY
  let maxIntervalMs = Number.POSITIVE_INFINITY
  for (const own of subscribers) {
    const interval = own?.intervalMs ?? defaults.intervalMs ?? DEFAULT_INTERVAL_MS
    const max = own?.maxIntervalMs ?? defaults.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS
    intervalMs = Math.min(intervalMs, interval)
    // A subscriber's ceiling is never below its own interval (see pollDelay).
    maxIntervalMs = Math.min(maxIntervalMs, Math.max(max, interval))
  }
  if (intervalMs === Number.POSITIVE_INFINITY) {
    intervalMs = defaults.intervalMs ?? DEFAULT_INTERVAL_MS
    maxIntervalMs = defaults.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS
  }
  return { intervalMs, maxIntervalMs }
}
