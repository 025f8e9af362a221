import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

// Core's client against the emulator over real loopback HTTP (serve() on 127.0.0.1, port 0).
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: { name: 'e2e', environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 20_000 },
  }),
)
