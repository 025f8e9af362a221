import { progressFetch } from './progress-fetch'
import { progressReporter, type UploadProgressEvent } from './progress-reporter'

/**
 * Starts reporting one upload's progress: `loaded: 0` now, then bytes as they are sent when
 * `usesGlobalFetch` lets a progress-reporting fetch stand in (see progressFetch). Its own module so
 * that `files.upload` loads it, and the XHR and stream code behind it, only when onProgress is given.
 */
export function startProgress(
  total: number,
  onProgress: (progress: UploadProgressEvent) => void,
  usesGlobalFetch: boolean,
): { fetch: typeof fetch | undefined; finish: () => void } {
  const { report, finish } = progressReporter(total, onProgress)
  report(0)
  return { fetch: usesGlobalFetch ? progressFetch(report) : undefined, finish }
}
