import * as v from 'valibot'

/*
 * Field schemas shared by the public entries' input checks (checkInput). Each says what plain
 * JavaScript callers get wrong: a number for a string, a string for a number, an array for an object.
 */

/** A non-empty string (ids, names, models). */
export const nonEmptyString = v.pipe(v.string(), v.minLength(1))

/** A page number or size: an integer, at least `min`. */
export const integerFrom = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min))

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
