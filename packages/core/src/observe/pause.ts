import { isOffline, onBackOnline } from './online'
import { isDocumentHidden, onDocumentVisible } from './visibility'

/** No poll now: a hidden page (visibilitychange resumes) or an offline runtime (`online` resumes). */
export const isPaused = (): boolean => isDocumentHidden() || isOffline()

/** Calls `onResume` when the page shows again or the runtime comes back online; returns the unsubscribe. */
export function onResume(onResume: () => void): () => void {
  const offVisible = onDocumentVisible(onResume)
  const offOnline = onBackOnline(onResume)
  return () => {
    offVisible()
    offOnline()
  }
}
