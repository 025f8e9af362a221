// One 20 MB upload with onProgress, run as is by Node, Deno and Chromium (plain ESM, no imports: the
// runtime passes in the `@mistral-batch/core` module it loaded). Returns what onProgress reported.

export const UPLOAD_BYTES = 20_000_000

/** A valid batch file of exactly UPLOAD_BYTES bytes (ASCII), as a Blob. */
export function batchBlob() {
  const line = (i) =>
    JSON.stringify({ custom_id: `p-${i}`, body: { messages: [{ role: 'user', content: 'x'.repeat(150) }] } })
  const lines = []
  let size = 0
  for (let i = 0; size < UPLOAD_BYTES - 400; i++) {
    const text = `${line(i)}\n`
    lines.push(text)
    size += text.length
  }
  const last = (pad) => `${JSON.stringify({ custom_id: 'last', body: { pad } })}\n`
  lines.push(last('y'.repeat(UPLOAD_BYTES - size - last('').length)))
  return new Blob(lines)
}

export async function uploadWithProgress(core, { baseURL, apiKey }) {
  const client = core.createClient({ baseURL, apiKey })
  const blob = batchBlob()
  const events = []
  const started = Date.now()
  const file = await client.files.upload(blob, {
    file_name: 'progress.jsonl',
    onProgress: ({ loaded, total }) => events.push({ loaded, total, ms: Date.now() - started }),
  })
  return { size: blob.size, bytes: file.bytes, events, ms: Date.now() - started }
}
