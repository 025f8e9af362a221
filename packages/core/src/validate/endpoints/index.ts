import type * as v from 'valibot'
import { chatClassification, chatCompletion, chatModeration } from './chat'
import { conversation } from './conversations'
import { ocr } from './ocr'
import { classification, embedding, fim } from './text'
import { transcription } from './transcriptions'

type BodySchema = v.GenericSchema<unknown, unknown>

/** The request-body schema of each of the ten batchable endpoints (contract §4 `ApiEndpoint`). */
export const ENDPOINT_SCHEMAS: Readonly<Record<string, BodySchema>> = {
  '/v1/chat/completions': chatCompletion,
  '/v1/embeddings': embedding,
  '/v1/fim/completions': fim,
  '/v1/moderations': classification,
  '/v1/chat/moderations': chatModeration,
  '/v1/ocr': ocr,
  '/v1/classifications': classification,
  '/v1/chat/classifications': chatClassification,
  '/v1/conversations': conversation,
  '/v1/audio/transcriptions': transcription,
}
