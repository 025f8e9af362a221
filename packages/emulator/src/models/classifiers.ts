import { hex, type Random, randomFor } from '../random'
import { asTexts, type Body, isRecord, type ModelContext, modelOf } from './text'

/** Mistral's moderation categories (docs: "Moderation"). */
const CATEGORIES = [
  'sexual',
  'hate_and_discrimination',
  'violence_and_threats',
  'dangerous_and_criminal_content',
  'selfharm',
  'health',
  'financial',
  'law',
  'pii',
] as const

const round = (value: number): number => Math.round(value * 1e6) / 1e6

function moderate(random: Random) {
  const categories: Record<string, boolean> = {}
  const category_scores: Record<string, number> = {}
  for (const name of CATEGORIES) {
    // Mostly harmless, with the odd flagged category, like real traffic.
    const score = round(random() ** 3)
    category_scores[name] = score
    categories[name] = score > 0.5
  }
  return { categories, category_scores }
}

/**
 * The items to judge: one per string; for the chat variants one per conversation, which is a message
 * list, a list of message lists, or (chat classifications) `{messages}` objects.
 */
function itemsOf(input: unknown): string[] {
  if (isRecord(input)) return [JSON.stringify(input)]
  if (!Array.isArray(input) || input.length === 0) return asTexts(input)
  const first: unknown = input[0]
  if (Array.isArray(first) || (isRecord(first) && 'messages' in first))
    return input.map((c) => JSON.stringify(c))
  if (isRecord(first)) return [JSON.stringify(input)]
  return asTexts(input)
}

/** `/v1/moderations` and `/v1/chat/moderations`: a `ModerationResponse`. */
export function moderations(body: Body, _ctx: ModelContext) {
  const model = modelOf(body, 'mistral-moderation-latest')
  return {
    id: hex(randomFor(`id:${JSON.stringify(body)}`), 32),
    model,
    results: itemsOf(body.input).map((item) => moderate(randomFor(`${model}\u0000${item}`))),
  }
}

const LABELS = ['positive', 'negative', 'neutral'] as const

/** `/v1/classifications` and `/v1/chat/classifications`: a `ClassificationResponse` with one target. */
export function classifications(body: Body, _ctx: ModelContext) {
  const model = modelOf(body, 'classifier')
  return {
    id: hex(randomFor(`id:${JSON.stringify(body)}`), 32),
    model,
    results: itemsOf(body.input).map((item) => {
      const random = randomFor(`${model}\u0000${item}`)
      const raw = LABELS.map(() => random() + 0.01)
      const sum = raw.reduce((a, b) => a + b, 0)
      const scores = Object.fromEntries(LABELS.map((label, i) => [label, round((raw[i] as number) / sum)]))
      return { sentiment: { scores } }
    }),
  }
}
