import { countingFetch } from './counting-fetch'
import { progressReporter, type UploadProgressEvent } from './progress-reporter'
import { xhrFetch } from './xhr-fetch'

/**
 * True where fetch can send a ReadableStream body (Node's undici, Deno). The check is the one web.dev
 * gives: a runtime that knows `duplex` reads it, and one that does not would stringify the stream and
 * add a text/plain content-type. Deno streams without asking for `duplex`, so it is named. Workers
 * (workerd, service workers) are left out by their global scope, so nothing changes there.
 */
function canStreamRequests(): boolean {
  // Chromium passes the check in service workers (no XHR there) too, but streams only over HTTP/2.
  if ('WorkerGlobalScope' in globalThis) return false
  let duplexRead = false
  try {
    const probe = new Request('http://probe.invalid/', {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        duplexRead = true
        return 'half'
      },
    } as RequestInit)
    return (duplexRead || 'Deno' in globalThis) && !probe.headers.has('content-type')
  } catch {
    return false
  }
}

/**
 * The fetch that reports the progress of one upload of `total` bytes in this runtime, in place of the
 * global fetch: XMLHttpRequest where it exists (every browser page and dedicated worker), else a counting
 * request stream where fetch takes one (Node, Deno), else undefined: the upload keeps the plain fetch and
 * reports its start and end only. Loaded by `files.upload` on demand (a dynamic import), so only uploads
 * that ask for progress ship this code.
 */
export function progressFetch(
  total: number,
  onProgress: (progress: UploadProgressEvent) => void,
): typeof fetch | undefined {
  const report = progressReporter(total, onProgress)
  if (typeof XMLHttpRequest === 'function') return xhrFetch(report)
  return canStreamRequests() ? countingFetch(report) : undefined
}
