import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

// Component tests (happy-dom, on a real in-process emulator) and the server's tests (node, per-file
// environment). The end-to-end suite in Chromium is its own project: tests/demo-e2e/vitest.config.ts.
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'demo',
      environment: 'happy-dom',
      include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      // These tests drive a real emulator through real timers; under CI's full parallel run on 2 cores a
      // flow of a dozen jobs can take longer than Vitest's default 5 s.
      testTimeout: 20_000,
    },
  }),
)
