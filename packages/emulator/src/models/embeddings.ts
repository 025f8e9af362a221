import { hex, randomFor } from '../random'
import { asTexts, type Body, type ModelContext, modelOf, tokensOf } from './text'

/** Known output sizes; any other model gets 1024 like `mistral-embed`. */
function dimensionOf(model: string, body: Body): number {
  if (typeof body.output_dimension === 'number' && body.output_dimension > 0) return body.output_dimension
  return model.startsWith('codestral-embed') ? 1536 : 1024
}

/**
 * A unit vector derived from a hash of (model, text): the same text always embeds the same way, and
 * different texts point in unrelated directions. Rounded to 6 decimals to keep output files compact.
 */
export function embed(model: string, text: string, dimension: number): number[] {
  const random = randomFor(`${model}\u0000${text}`)
  const raw = new Float64Array(dimension)
  let norm = 0
  for (let i = 0; i < dimension; i++) {
    const value = random() * 2 - 1
    raw[i] = value
    norm += value * value
  }
  norm = Math.sqrt(norm) || 1
  return Array.from(raw, (value) => Math.round((value / norm) * 1e6) / 1e6)
}

/** `/v1/embeddings`: an `EmbeddingResponse` (batch-endpoints.openapi.yaml). */
export function embeddings(body: Body, _ctx: ModelContext) {
  const model = modelOf(body, 'mistral-embed')
  const texts = asTexts(body.input)
  const dimension = dimensionOf(model, body)
  const prompt_tokens = texts.reduce((sum, text) => sum + tokensOf(text), 0)
  return {
    id: hex(randomFor(`id:${JSON.stringify(body)}`), 32),
    object: 'list',
    model,
    data: texts.map((text, index) => ({
      object: 'embedding',
      embedding: embed(model, text, dimension),
      index,
    })),
    usage: { prompt_tokens, completion_tokens: 0, total_tokens: prompt_tokens },
  }
}
