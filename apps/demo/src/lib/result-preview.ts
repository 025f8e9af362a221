import type { BatchResult } from '@mistral-batch/core'

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function messageText(content: unknown): string | undefined {
  if (typeof content === 'string') return content
  // Newer chat responses may return content chunks: [{ type: 'text', text }].
  if (Array.isArray(content)) {
    return content
      .map((chunk) => record(chunk)?.text)
      .filter((t): t is string => typeof t === 'string')
      .join(' ')
  }
  return undefined
}

/** A one-line summary of a body: the answer's text for chat, the vector size for embeddings, else JSON. */
export function previewBody(body: unknown): string {
  const b = record(body)
  if (!b) return body === undefined ? '' : clip(JSON.stringify(body))
  const choice = record(Array.isArray(b.choices) ? b.choices[0] : undefined)
  const text =
    messageText(record(choice?.message)?.content) ??
    (typeof choice?.text === 'string' ? choice.text : undefined)
  if (text !== undefined) return clip(text)
  const first = record(Array.isArray(b.data) ? b.data[0] : undefined)
  if (Array.isArray(first?.embedding)) {
    const v = first.embedding as unknown[]
    const head = v.slice(0, 3).map((x) => (typeof x === 'number' ? x.toFixed(4) : String(x)))
    return `embedding · ${v.length} dims · [${head.join(', ')}, …]`
  }
  if (Array.isArray(b.results)) return clip(JSON.stringify(b.results))
  if (Array.isArray(b.pages)) return `${b.pages.length} page(s) of OCR`
  if (typeof b.text === 'string') return clip(b.text)
  if (typeof b.message === 'string') return clip(b.message)
  return clip(JSON.stringify(b))
}

/** The error of a failed line, in words. */
export function previewError(line: BatchResult): string {
  const err = line.error
  if (typeof err === 'string') return clip(err)
  const message = record(err)?.message
  if (typeof message === 'string') return clip(message)
  if (line.response) return `HTTP ${line.response.status_code}: ${previewBody(line.response.body)}`
  return err === undefined || err === null ? 'No response' : clip(JSON.stringify(err))
}
