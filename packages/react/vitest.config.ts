import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'react',
      provide: { reactMajor: '19' },
      environment: 'happy-dom',
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      setupFiles: ['./test/preload-client.setup.ts'],
      // The type tests (*.test-d.ts) pin the hooks' result types; they run with tsc as part of this project.
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
        tsconfig: './tsconfig.test.json',
      },
    },
  }),
)
