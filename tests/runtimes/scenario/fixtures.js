// The batch inputs of the scenario. The non-ASCII text checks UTF-8 round trips on every runtime's
// Blob, stream and multipart encoder.

export const ENDPOINT = '/v1/chat/completions'
export const MODEL = 'mistral-small-latest'

/** `count` chat requests with custom_ids `${prefix}-0` … */
export function chatRequests(prefix, count) {
  return Array.from({ length: count }, (_, i) => ({
    custom_id: `${prefix}-${i}`,
    body: { max_tokens: 16, messages: [{ role: 'user', content: `Quel fromage ? n°${i} ☕ 🧀` }] },
  }))
}

/** JSONL text (contract §6: one JSON object per line). */
export function toJsonlText(requests) {
  return `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`
}

/** A ReadableStream of the UTF-8 bytes of `text`, cut into small chunks that split lines and characters. */
export function chunkedStream(text, chunkSize = 7) {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, offset + chunkSize))
      offset += chunkSize
    },
  })
}

/** Reads a whole byte stream as UTF-8 text, with the Web Streams API only. */
export async function readText(stream) {
  const decoder = new TextDecoder()
  const reader = stream.getReader()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    text += decoder.decode(value, { stream: true })
  }
}
