// A module Worker bundling the built core: POST { baseURL, apiKey } uploads ~1 MB with onProgress and
// answers every `loaded` reported. Workers have no XMLHttpRequest, so the upload keeps the plain fetch.
import * as core from '@mistral-batch/core'

export default {
  async fetch(request) {
    const { baseURL, apiKey } = await request.json()
    const client = core.createClient({ baseURL, apiKey })
    const loaded = []
    const text = '{"custom_id":"w","body":{}}\n'.repeat(40_000)
    const file = await client.files.upload(text, { onProgress: (p) => loaded.push(p.loaded) })
    return Response.json({ loaded, bytes: file.bytes })
  },
}
