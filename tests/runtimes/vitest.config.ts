import { defineProject } from 'vitest/config'

// No `source` condition here (unlike the package projects): every suite must load the BUILT packages
// through their `exports`, as users do. The suites drive real runtimes as child processes or browsers.
export default defineProject({
  test: {
    name: 'runtimes',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
