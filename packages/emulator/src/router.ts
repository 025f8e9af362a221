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
  /** The path parameter's name in the contract, for 422s about it. */
  param?: typeof FILE | typeof JOB
  /** Signed downloads carry their own proof instead of the API key (contract §2.6). */
  public?: boolean
  /** Download bodies are where truncation faults apply. */
  download?: boolean
}

const FILE = 'file_id'
const JOB = 'job_id'

// `(.*?)` before `/v1` lets the emulator be mounted under a path prefix.
const ROUTES: RouteDef[] = [
  { method: 'POST', pattern: /^(.*?)\/v1\/files\/?$/, route: uploadFile },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/?$/, route: listFiles },
  {
    method: 'GET',
    pattern: /^(.*?)\/v1\/files\/([^/]+)\/content$/,
    route: downloadFile,
    download: true,
    param: FILE,
  },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/([^/]+)\/url$/, route: signedUrl, param: FILE },
  { method: 'GET', pattern: /^(.*?)\/v1\/files\/([^/]+)$/, route: getFile, param: FILE },
  { method: 'DELETE', pattern: /^(.*?)\/v1\/files\/([^/]+)$/, route: deleteFile, param: FILE },
  { method: 'POST', pattern: /^(.*?)\/v1\/batch\/jobs\/?$/, route: createJob },
  { method: 'GET', pattern: /^(.*?)\/v1\/batch\/jobs\/?$/, route: listJobs },
  { method: 'POST', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)\/cancel$/, route: cancelJob, param: JOB },
  { method: 'GET', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)$/, route: getJob, param: JOB },
  { method: 'DELETE', pattern: /^(.*?)\/v1\/batch\/jobs\/([^/]+)$/, route: deleteJob, param: JOB },
  {
    method: 'GET',
    pattern: /^(.*?)\/signed\/files\/([^/]+)$/,
    route: signedDownload,
    param: FILE,
    public: true,
    download: true,
  },
]

export interface Match {
  def: RouteDef
  prefix: string
  id: string
}

/** A path parameter whose percent-encoding does not decode (`%zz`, a lone `%E0`). */
export interface Malformed {
  param: string
  raw: string
}

function decodeId(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

/** The route for a method and path, `405` when only the method is wrong, or `404`. */
export function match(method: string, pathname: string): Match | Malformed | 404 | 405 {
  let pathMatched = false
  const verb = method === 'HEAD' ? 'GET' : method
  for (const def of ROUTES) {
    const found = def.pattern.exec(pathname)
    if (!found) continue
    pathMatched = true
    if (def.method !== verb) continue
    const raw = found[2] ?? ''
    const id = decodeId(raw)
    if (id === undefined) return { param: def.param ?? 'id', raw }
    return { def, prefix: found[1] ?? '', id }
  }
  return pathMatched ? 405 : 404
}
