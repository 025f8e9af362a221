import type { Context } from '../context'

/** What the router hands a route. */
export interface RouteArgs {
  ctx: Context
  request: Request
  url: URL
  /** The `{file_id}` / `{job_id}` path parameter, when the route has one. */
  id: string
  /** The path before `/v1`, so the emulator can be mounted under a prefix (e.g. `/mistral`). */
  prefix: string
  /** Where to cut a download body of `length` bytes, when a truncation fault was drawn. */
  cutAt?: (length: number) => number
}

export type Route = (args: RouteArgs) => Response | Promise<Response>
