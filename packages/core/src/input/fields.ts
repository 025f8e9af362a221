import * as v from 'valibot'

/*
 * Field schemas shared by the public entries' input checks (checkInput). Each says what plain
 * JavaScript callers get wrong: a number for a string, a string for a number, an array for an object.
 * Bounds are `check`s with our own words rather than valibot's minValue/integer/minLength actions:
 * valibot ships as one module, so every action used anywhere lands in the client's first chunk.
 */

/** `schema` plus one rule, said in our words (`message` follows the field's path). */
const rule = <T>(schema: v.GenericSchema<unknown, T>, ok: (value: T) => boolean, message: string) =>
  v.pipe(schema, v.check(ok, message))

/** A non-empty string (ids, names, models). */
export const nonEmptyString = rule(v.string(), (s) => s.length > 0, 'must not be empty')

/** A page number or size, or hours: an integer from `min` (to `max`). */
export const integerIn = (min: number, max = Number.POSITIVE_INFINITY) =>
  rule(
    v.number(),
    (n) => Number.isInteger(n) && n >= min && n <= max,
    max !== Number.POSITIVE_INFINITY
      ? `must be an integer ${min}-${max}`
      : min === Number.NEGATIVE_INFINITY
        ? 'must be an integer'
        : `must be an integer from ${min}`,
  )

/** Any function (a callback). */
export const callback = rule(v.unknown(), (f) => typeof f === 'function', 'must be a function')

/** A Date or a string (an ISO-8601 instant, parsed later by toDate). */
export const dateOrString = rule(
  v.unknown(),
  (d) => d instanceof Date || typeof d === 'string',
  'must be a Date or an ISO-8601 string',
)

/** A record that is never an array (valibot's `record` takes arrays, which JSON would send as `{"0":…}`). */
export const plainRecord = <K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(
  key: K,
  value: V,
) =>
  // The check runs on the input, before `record` copies an array's items into a fresh object.
  v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'must be an object, not an array'),
    v.record(key, value),
  )

/** An optional member of a picklist, e.g. one of the ten endpoints or a file purpose. */
export const oneOf = <const T extends readonly string[]>(values: T) => v.optional(v.picklist(values))

/** A picklist value or a list of them (repeated query keys). */
export const oneOrMany = <const T extends readonly string[]>(values: T) =>
  v.optional(v.union([v.picklist(values), v.array(v.picklist(values))]))
