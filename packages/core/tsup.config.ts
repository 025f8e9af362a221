import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    proxy: 'src/proxy/index.ts',
    validate: 'src/validate/entry.ts',
    query: 'src/query/index.ts',
    workflows: 'src/workflows/entry.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // esbuild's code splitting adds bare `import './chunk-….js'` lines to keep chunk evaluation order. Under
  // `"sideEffects": false` every bundler warns that it ignores them (and rightly: the chunks only declare
  // things). `moduleSideEffects: false` lets tsup's Rollup pass drop those empty imports.
  treeshake: { preset: 'recommended', moduleSideEffects: false },
})
