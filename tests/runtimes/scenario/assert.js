// A tiny assert helper with no imports, so the scenario runs unchanged on every runtime (no node:assert in
// workerd without nodejs_compat, none in a browser).

/** Throws `message` unless `condition` is truthy. */
export function ok(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}

/** Deep equality through JSON (plain data only), with both values in the message. */
export function equal(actual, expected, message) {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`assertion failed: ${message}\n  expected: ${e}\n  actual:   ${a}`)
}

/** Awaits `fn` and returns what it threw; fails if it did not throw. */
export async function rejects(fn, message) {
  try {
    await fn()
  } catch (error) {
    return error
  }
  throw new Error(`assertion failed: ${message} (it did not throw)`)
}
