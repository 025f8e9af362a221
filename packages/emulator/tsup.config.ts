import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // The `./node` entry needs Node's types for its declarations; the handler's own tsconfig has none.
    tsconfig: 'tsconfig.node.json',
    external: ['node:*', /^@mistral-batch\/core/, 'valibot'],
  },
  {
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: [/^@mistral-batch\/core/, 'valibot'],
  },
])
