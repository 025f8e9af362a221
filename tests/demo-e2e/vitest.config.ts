import { fileURLToPath } from 'node:url'
import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

// The demo's end-to-end suite lives beside the app (apps/demo/e2e) and runs here as its own project,
// because the root config picks up one vitest.config.ts per folder.
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'demo-e2e',
      dir: fileURLToPath(new URL('../../apps/demo', import.meta.url)),
      environment: 'node',
      include: ['e2e/**/*.e2e.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // Each file drives its own Chromium and demo server: one at a time keeps the machine's two cores calm.
      fileParallelism: false,
    },
  }),
)
