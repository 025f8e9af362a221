/**
 * Page visibility, where a `document` exists (browsers); a no-op elsewhere (Node, Workers, Deno).
 * `document` is read from `globalThis` at call time, so importing core touches no DOM.
 */
function currentDocument(): Document | undefined {
  const doc = (globalThis as { document?: Document }).document
  return typeof doc?.addEventListener === 'function' ? doc : undefined
}

/** True only where a document exists and is hidden (a background tab). */
export function isDocumentHidden(): boolean {
  return currentDocument()?.hidden === true
}

/** Calls `onVisible` each time the document becomes visible; returns the unsubscribe function. */
export function onDocumentVisible(onVisible: () => void): () => void {
  const doc = currentDocument()
  if (!doc) return () => {}
  const handler = () => {
    if (!doc.hidden) onVisible()
  }
  doc.addEventListener('visibilitychange', handler)
  return () => doc.removeEventListener('visibilitychange', handler)
}
