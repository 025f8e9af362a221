import type { FaultOptions } from '@mistral-batch/emulator'

/**
 * The fault figures of issue 8, injected by the emulator per request from a seeded PRNG. Retry-After is
 * 1 s, the emulator's default: big enough to prove it is honoured, small enough to keep the run short.
 */
export const FAULTS: FaultOptions = {
  errorRate: 0.1, // 500 JSON, 502 HTML or 503 text
  rateLimitRate: 0.05,
  retryAfterSeconds: 1,
  // 2% dropped connections, half before the handler runs (nothing done) and half after (the job or file
  // WAS made, the response is lost): the second half is what exactly-once creation must survive.
  resetRate: 0.01,
  resetAfterRate: 0.01,
  truncateRate: 0.01, // /content bodies cut mid-file
  latencyMs: [0, 300],
}
