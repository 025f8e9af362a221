/** An HTTP method and a path pattern the proxy forwards. */
export interface ProxyRoute {
  method: 'GET' | 'POST' | 'DELETE'
  /** Matched against the whole, already-normalised pathname. */
  path: RegExp
}

// Ids are UUIDs upstream (contract §1); allowing only this alphabet rules out '/', '.', '%' and so any
// path-traversal or double-encoding trick in an id segment.
const ID = '[A-Za-z0-9_-]{1,128}'

/** The Files and Batch routes of contract/files-batch.openapi.yaml, and nothing else. */
export const FILES_AND_BATCH_ROUTES: readonly ProxyRoute[] = [
  { method: 'POST', path: /^\/v1\/files$/ },
  { method: 'GET', path: /^\/v1\/files$/ },
  { method: 'GET', path: new RegExp(`^/v1/files/${ID}$`) },
  { method: 'DELETE', path: new RegExp(`^/v1/files/${ID}$`) },
  { method: 'GET', path: new RegExp(`^/v1/files/${ID}/content$`) },
  { method: 'GET', path: new RegExp(`^/v1/files/${ID}/url$`) },
  { method: 'GET', path: /^\/v1\/batch\/jobs$/ },
  { method: 'POST', path: /^\/v1\/batch\/jobs$/ },
  { method: 'GET', path: new RegExp(`^/v1/batch/jobs/${ID}$`) },
  { method: 'DELETE', path: new RegExp(`^/v1/batch/jobs/${ID}$`) },
  { method: 'POST', path: new RegExp(`^/v1/batch/jobs/${ID}/cancel$`) },
]

/** 'ok' when a route allows it, 'method' when the path is known but not for this method, else 'none'. */
export function matchRoute(
  routes: readonly ProxyRoute[],
  method: string,
  pathname: string,
): 'ok' | 'method' | 'none' {
  let pathKnown = false
  for (const route of routes) {
    if (!route.path.test(pathname)) continue
    if (route.method === method) return 'ok'
    pathKnown = true
  }
  return pathKnown ? 'method' : 'none'
}
