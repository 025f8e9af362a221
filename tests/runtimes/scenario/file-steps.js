// The scenario's Files steps. Each takes the shared context: { core, client, run, apiKey, jsonl, fast, state }.
import { equal, ok } from './assert.js'
import { chunkedStream, readText } from './fixtures.js'

export async function uploadString({ client, jsonl, state }) {
  state.file = await client.files.upload(jsonl, { file_name: 'scenario-string.jsonl' })
  ok(typeof state.file.id === 'string' && state.file.id.length > 0, 'upload returns a file id')
  equal(state.file.purpose, 'batch', 'purpose defaults to batch')
  equal(state.file.bytes, new TextEncoder().encode(jsonl).byteLength, 'bytes counts UTF-8 bytes')
}

export async function uploadBlob({ client, jsonl, state }) {
  const blob = new Blob([jsonl], { type: 'application/jsonl' })
  state.blobFile = await client.files.upload(blob, { file_name: 'scenario-blob.jsonl' })
  equal(await readText(await client.files.download(state.blobFile.id)), jsonl, 'Blob upload round-trips')
}

export async function uploadStream({ client, jsonl, state }) {
  // Small chunks that split lines and multi-byte characters.
  state.streamFile = await client.files.upload(chunkedStream(jsonl), { file_name: 'scenario-stream.jsonl' })
  equal(await readText(await client.files.download(state.streamFile.id)), jsonl, 'stream upload round-trips')
}

export async function download({ client, jsonl, state }) {
  const stream = await client.files.download(state.file.id)
  ok(typeof stream.getReader === 'function', 'download returns a ReadableStream')
  equal(await readText(stream), jsonl, 'string upload round-trips')
}

export async function listFiles({ client, state }) {
  const ids = []
  for await (const f of client.files.list({ purpose: 'batch', page_size: 2 })) ids.push(f.id)
  for (const f of [state.file, state.blobFile, state.streamFile]) ok(ids.includes(f.id), `lists ${f.id}`)
}
