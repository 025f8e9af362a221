import * as v from 'valibot'

/**
 * One line of an output or error file (contract §7, §8). The error-file format is undocumented, so the
 * parse is deliberately loose: every field is optional and `error` may be an object or a string.
 */
export const ResultLineSchema = v.object({
  id: v.nullish(v.string()),
  custom_id: v.nullish(v.string()),
  response: v.nullish(
    v.object({
      status_code: v.number(),
      body: v.optional(v.unknown()),
    }),
  ),
  error: v.nullish(v.unknown()),
})
export type ResultLine = v.InferOutput<typeof ResultLineSchema>
