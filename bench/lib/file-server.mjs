// A tiny loopback Files + Batch API that serves finished jobs whose output_file is a file on disk, so
// client.batch.results can stream it (contract §2.5, §3.3). Runs in the parent, never in the measured child.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { basename } from 'node:path'

/** Serves each path in `files` as job `job-<i>` with output_file `file-<i>`. Resolves { url, close }. */
export function serveFiles(files) {
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const job = url.pathname.match(/^\/v1\/batch\/jobs\/job-(\d+)$/)
    const content = url.pathname.match(/^\/v1\/files\/file-(\d+)\/content$/)
    const meta = url.pathname.match(/^\/v1\/files\/file-(\d+)$/)
    const index = Number((job ?? content ?? meta)?.[1] ?? -1)
    const path = files[index]
    if (!path) return json(res, 404, { object: 'error', message: 'not found', type: 'invalid_request_error' })
    if (job) {
      return json(res, 200, {
        id: `job-${index}`,
        object: 'batch',
        input_files: ['in-0'],
        metadata: null,
        endpoint: '/v1/chat/completions',
        model: 'mistral-small-latest',
        output_file: `file-${index}`,
        error_file: null,
        errors: [],
        status: 'SUCCESS',
        created_at: 1732300000,
        total_requests: 1,
        completed_requests: 1,
        succeeded_requests: 1,
        failed_requests: 0,
        started_at: 1732300001,
        completed_at: 1732300002,
      })
    }
    const size = statSync(path).size
    if (meta) {
      return json(res, 200, {
        id: `file-${index}`,
        object: 'file',
        bytes: size,
        created_at: 1732300002,
        filename: basename(path),
        purpose: 'batch',
        sample_type: 'batch_result',
        source: 'mistral',
        deleted: false,
      })
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size })
    createReadStream(path).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}
