import * as v from 'valibot'
import { model, number, texts } from './common'

/** `/v1/embeddings`: E `EmbeddingRequest` (required: `input`, `model`). */
export const embedding = v.looseObject({ model, input: texts, output_dimension: number })

/** `/v1/moderations` and `/v1/classifications`: E `ClassificationRequest` (required: `input`, `model`). */
export const classification = v.looseObject({ model, input: texts })

/** `/v1/fim/completions`: E `FIMCompletionRequest` (required: `prompt`, `model`). */
export const fim = v.looseObject({
  model,
  prompt: v.string(),
  suffix: v.nullish(v.string()),
  temperature: number,
  max_tokens: number,
})
