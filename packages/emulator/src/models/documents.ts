import { hex, intBetween, randomFor } from '../random'
import { type Body, isRecord, type ModelContext, modelOf, sentence, tokensOf } from './text'

/** Where the document or audio lives, for hashing: a URL, a file id, or the chunk itself. */
function sourceOf(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value ?? null)
  for (const key of ['document_url', 'image_url', 'file_id', 'url']) {
    const found = value[key]
    if (typeof found === 'string') return found
    if (isRecord(found) && typeof found.url === 'string') return found.url
  }
  return JSON.stringify(value)
}

/** `/v1/ocr`: an `OCRResponse` with 1–3 pages of markdown per document (or the requested `pages`). */
export function ocr(body: Body, _ctx: ModelContext) {
  const source = sourceOf(body.document)
  const random = randomFor(`${modelOf(body, 'mistral-ocr-latest')}\u0000${source}`)
  const requested = Array.isArray(body.pages)
    ? body.pages.filter((p): p is number => typeof p === 'number')
    : []
  const indexes = requested.length > 0 ? requested : [...Array(intBetween(random, 1, 3)).keys()]
  return {
    pages: indexes.map((index) => ({
      index,
      markdown: `# Page ${index + 1}\n\n${sentence(random, intBetween(random, 20, 60))}\n`,
      images: [],
      tables: [],
      hyperlinks: [],
      header: null,
      footer: null,
      dimensions: { dpi: 200, height: 2200, width: 1700 },
    })),
    model: modelOf(body, 'mistral-ocr-latest'),
    document_annotation: null,
    usage_info: { pages_processed: indexes.length, doc_size_bytes: null },
  }
}

/** `/v1/audio/transcriptions`: a `TranscriptionResponse`; segments when `timestamp_granularities` asks. */
export function transcription(body: Body, _ctx: ModelContext) {
  const model = modelOf(body, 'voxtral-mini-latest')
  const random = randomFor(`${model}\u0000${sourceOf(body.file_url ?? body.file_id ?? body.file)}`)
  const parts = [...Array(intBetween(random, 1, 4)).keys()].map(() =>
    sentence(random, intBetween(random, 5, 15)),
  )
  const text = parts.join(' ')
  const granularities = Array.isArray(body.timestamp_granularities) ? body.timestamp_granularities : []
  let start = 0
  const segments = parts.map((part) => {
    const end = Math.round((start + 1 + random() * 4) * 100) / 100
    const segment = { type: 'transcription_segment' as const, text: part, start, end }
    start = end
    return segment
  })
  const completion_tokens = tokensOf(text)
  return {
    model,
    text,
    language: typeof body.language === 'string' ? body.language : 'en',
    ...(granularities.includes('segment') ? { segments } : {}),
    usage: {
      prompt_tokens: 0,
      completion_tokens,
      total_tokens: completion_tokens,
      prompt_audio_seconds: Math.ceil(start),
    },
  }
}

/** A stable id prefix + 24 hex digits, like `conv_…` / `msg_…`. */
export const prefixedId = (prefix: string, key: string): string => `${prefix}_${hex(randomFor(key), 24)}`
