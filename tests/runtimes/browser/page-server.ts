import { createServer, request as httpRequest } from 'node:http'

export interface PageServer {
  url: string
  close: () => Promise<void>
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
}

/**
 * Serves a few static files and passes every other path through to `upstream` unchanged, so a page and the
 * API share one origin (as a same-origin proxy in front of Mistral does; no CORS involved).
 */
export async function startPageServer(files: Record<string, string>, upstream: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    const file = files[path]
    if (file !== undefined) {
      const type = TYPES[path === '/' ? 'html' : (path.split('.').pop() ?? '')] ?? 'text/plain'
      res.writeHead(200, { 'content-type': type }).end(file)
      return
    }
    const forward = httpRequest(`${upstream}${path}`, { method: req.method, headers: req.headers })
    forward.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    forward.on('error', () => res.writeHead(502).end())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('page server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
