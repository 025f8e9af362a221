import { deleteFile, downloadFile, getFile, signedDownload, signedUrl } from './routes/files-item'
import { listFiles } from './routes/files-list'
import { uploadFile } from './routes/files-upload'
import { createJob } from './routes/jobs-create'
import { cancelJob, deleteJob, getJob } from './routes/jobs-item'
import { listJobs } from './routes/jobs-list'
import type { Route } from './routes/types'

interface RouteDef {
  method: string
  pattern: RegExp
  route: Route
  /** Signed downloads carry their own proof instead of the API key (contract §2.6). */
  public?: boolean
  /** Download bodies are where truncation faults apply. */
  download?: boolean
}

// `(.*?)` before `/v1` lets the emulator be mounted under a path prefix.
const ROUTES: RouteDef[] = [
  { method: 'POST', pattern: /^(.*?)\/v1\/files\/?$/, route: uploadFile },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/?$/, route: listFiles },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/([^/]+)\/content$/, route: downloadFile, download: true },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/([^/]+)\/url$/, route: signedUrl },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/([^/]+)$/, route: getFile },
  { method: 'DELETE', pattern: /^(.*?)\/v1\/files\/([^/]+)$/, route: deleteFile },
  { method: 'POST', pattern: /^(.*?)\/v1\/batch\/jobs\/?$/, route: createJob },
  { method: 'GET', pattern: /^(.*?)\/v1\/batch\/jobs\/?$/, route: listJobs },
  { method: 'POST', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)\/cancel$/, route: cancelJob },
  { method: 'GET', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)$/, route: getJob },
  { method: 'DELETE', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)$/, route: deleteJob },
  {
    method: 'GET',
    pattern: /^(.*?)\/signed\/files\/([^/]+)$/,
    route: signedDownload,
    public: true,
    download: true,
  },
]

export interface Match {
  def: RouteDef
  prefix: string
  id: string
}

/** The route for a method and path, `405` when only the method is wrong, or `404`. */
export function match(method: string, pathname: string): Match | 404 | 405 {
  let pathMatched = false
  const verb = method === 'HEAD' ? 'GET' : method
  for (const def of ROUTES) {
    const found = def.pattern.exec(pathname)
    if (!found) continue
    pathMatched = true
    if (def.method !== verb) continue
    return { def, prefix: found[1] ?? '', id: decodeURIComponent(found[2] ?? '') }
  }
  return pathMatched ? 405 : 404
}
