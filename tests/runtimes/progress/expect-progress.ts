import { expect } from 'vitest'

export interface ProgressRun {
  size: number
  bytes: number | null
  events: { loaded: number; total?: number; ms: number }[]
  ms: number
}

/**
 * Issue 14's bar: at least 6 distinct, increasing `loaded` values strictly between 0 and the size. Those
 * were reported while the body was still going out, so before any response; the first call is 0 and
 * the last is the whole file. Prints the figures for the report.
 */
export function expectMovingProgress(run: ProgressRun, runtime: string): void {
  const loaded = run.events.map((e) => e.loaded)
  const middle = loaded.filter((n) => n > 0 && n < run.size)
  const halfAt = run.events.find((e) => e.loaded >= run.size / 2)?.ms ?? 0
  console.info(
    `${runtime}: ${run.size} bytes in ${run.ms} ms, ${run.events.length} progress calls, ` +
      `${middle.length} between 0 and the end, half reported at ${halfAt} ms, ` +
      `samples ${middle.filter((_, i) => i % Math.ceil(middle.length / 8) === 0).join(', ')}`,
  )
  expect(run.bytes).toBe(run.size)
  expect(run.events.every((e) => e.total === run.size)).toBe(true)
  expect(loaded[0]).toBe(0)
  expect(loaded.at(-1)).toBe(run.size)
  expect(loaded).toEqual([...new Set(loaded)].sort((a, b) => a - b))
  expect(middle.length).toBeGreaterThanOrEqual(6)
  // Throttled at ~2 MB/s, 20 MB cannot be sent in under ~5 s even with a few MB of socket buffers:
  // proof that the server really read slowly, so the values above tracked a real upload.
  expect(run.ms).toBeGreaterThan(5_000)
  // The counts follow the bytes leaving, not a runtime slurping the body into a buffer: half the file
  // is reported well after the start (a few MB of socket buffers fill at once, then ~2 MB/s: ~25-45 %
  // of the run measured; a runtime reporting what it buffered would be at ~0 %).
  expect(halfAt).toBeGreaterThan(run.ms * 0.15)
}
