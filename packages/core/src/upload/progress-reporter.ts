/** What `onProgress` receives. */
export interface UploadProgressEvent {
  loaded: number
  total?: number
}

/**
 * Turns raw "body bytes sent" counts into the `onProgress` calls of one upload of `total` file bytes,
 * between the `loaded: 0` and the `loaded: total` that `files.upload` reports itself (the end only once
 * the server accepted the file). Only ever increasing, so a retried attempt, which starts again from 0,
 * is not shown until it passes what was already shown; the multipart framing's few hundred bytes more
 * than the file never make it reach the end early.
 */
export function progressReporter(total: number, onProgress: (progress: UploadProgressEvent) => void) {
  let shown = 0
  return (bytes: number) => {
    if (bytes <= shown || bytes >= total) return
    shown = bytes
    onProgress({ loaded: bytes, total })
  }
}
