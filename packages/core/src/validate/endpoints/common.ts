import * as v from 'valibot'

/*
 * Shared pieces of the request-body schemas (contract E = batch-endpoints.openapi.yaml). They check what
 * makes a line fail for sure: required fields and their types. Everything else passes (`looseObject`), so a
 * field the API adds tomorrow is never an error here. Kept small on purpose: bench budget ≤ 5 KB gzip.
 */

/** `model` may be left out of a body when the job names it (contract §6), so it is never required here. */
export const model = v.optional(v.string())

/** A number the spec bounds (temperature, max_tokens…); the bounds are left to the API. */
export const number = v.nullish(v.number())

/** `string | string[]`: the `input` of embeddings, moderations and classifications. */
export const texts = v.union([v.string(), v.array(v.string())])

/**
 * A chat message. `role` is strict: the spec's discriminator knows exactly these four, and a typo fails
 * the line. `content` is a string, null, or an array of typed chunks (E `ContentChunk`).
 */
export const message = v.looseObject({
  role: v.picklist(['system', 'user', 'assistant', 'tool']),
  content: v.nullish(v.union([v.string(), v.array(v.looseObject({ type: v.string() }))])),
})

export const messages = v.array(message)
