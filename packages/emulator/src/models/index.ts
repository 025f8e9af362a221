import { chatCompletion, fimCompletion } from './chat'
import { classifications, moderations } from './classifiers'
import { conversation } from './conversations'
import { ocr, transcription } from './documents'
import { embeddings } from './embeddings'
import type { Body, ModelContext } from './text'

export type { Body, ModelContext } from './text'

/** A deterministic fake of one endpoint: same body (and clock) in, same response body out. */
export type FakeModel = (body: Body, ctx: ModelContext) => unknown

/** The ten batchable endpoints (contract §4 `ApiEndpoint`) and their fakes. */
export const MODELS: Readonly<Record<string, FakeModel>> = {
  '/v1/chat/completions': chatCompletion,
  '/v1/fim/completions': fimCompletion,
  '/v1/embeddings': embeddings,
  '/v1/moderations': moderations,
  '/v1/chat/moderations': moderations,
  '/v1/ocr': ocr,
  '/v1/classifications': classifications,
  '/v1/chat/classifications': classifications,
  '/v1/conversations': conversation,
  '/v1/audio/transcriptions': transcription,
}

export const ENDPOINTS = Object.keys(MODELS)
