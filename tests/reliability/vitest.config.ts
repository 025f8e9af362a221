import { fileURLToPath } from 'node:url'
import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

const src = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url))

// This folder is not linked into the workspace's node_modules, so the packages resolve by alias to their
// TypeScript sources, exactly where the `source` condition would point. Most specific subpaths first.
export default mergeConfig(
  sourceConditions,
  defineProject({
    resolve: {
      alias: [
        { find: /^@mistral-batch\/core\/proxy$/, replacement: src('core/src/proxy/index.ts') },
        { find: /^@mistral-batch\/core$/, replacement: src('core/src/index.ts') },
        { find: /^@mistral-batch\/emulator\/node$/, replacement: src('emulator/src/node/index.ts') },
        { find: /^@mistral-batch\/emulator$/, replacement: src('emulator/src/index.ts') },
      ],
    },
    test: {
      name: 'reliability',
      environment: 'node',
      include: ['src/**/*.test.ts'],
      setupFiles: ['./src/setup/preload-client.ts'],
      testTimeout: 30_000,
    },
  }),
)
