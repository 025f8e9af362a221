/** What `onProgress` receives. */
export interface UploadProgressEvent {
  loaded: number
  total?: number
}

/**
 * Turns raw "body bytes sent" counts into the `onProgress` calls of one upload of `total` file bytes:
 * capped at `total` (the multipart framing adds a few hundred bytes), and only ever increasing, so a
 * retried attempt, which starts again from 0, is not shown until it passes what was already shown.
 */
export function progressReporter(total: number, onProgress: (progress: UploadProgressEvent) => void) {
  let shown = -1
  const report = (bytes: number) => {
    const loaded = Math.min(total, Math.max(0, bytes))
    if (loaded <= shown) return
    shown = loaded
    onProgress({ loaded, total })
  }
  return { report, finish: () => report(total) }
}
