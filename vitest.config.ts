import { defineConfig } from 'vitest/config'

// Each package, app and cross-runtime suite is a project with its own environment; globs let a new
// suite join by adding its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      '{packages,apps,tests,examples}/*/vitest.config.ts',
      'bench*/vitest.config.ts',
      'packages/react/vitest.react18.config.ts',
    ],
  },
})
