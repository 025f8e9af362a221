import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'

/**
 * pnpm links `react-dom-18` to the workspace's React 19 as its peer, and Node resolves its
 * `require('react')` itself, past Vite's aliases. Redirect every `react`/`react-dom` require to the 18 copies
 * so one React runs the whole tree. Used only by vitest.react18.config.ts.
 */
const require = createRequire(import.meta.url)
const targets: Record<string, string> = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
}
type Resolve = (request: string, ...rest: unknown[]) => string
const internal = Module as unknown as { _resolveFilename: Resolve }
const original = internal._resolveFilename
internal._resolveFilename = (request, ...rest) => {
  const match = /^(react|react-dom)(\/.*)?$/.exec(request)
  const target = match?.[1] ? targets[match[1]] : undefined
  return original(target ? `${target}${match?.[2] ?? ''}` : request, ...rest)
}
