import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

/**
 * The same suite on React 18 (the peer range is react >=18). `react-18` and `react-dom-18` are npm aliases
 * in devDependencies. Vite aliases only reach code Vite transforms, so React DOM 18, Testing Library and
 * TanStack Query are inlined, and `react-18.setup.ts` points Node's own `require('react')` inside them at
 * React 18.
 */
const require = createRequire(import.meta.url)
const dir = (name: string) => dirname(require.resolve(`${name}/package.json`))

export default mergeConfig(
  sourceConditions,
  defineProject({
    resolve: {
      alias: [
        { find: /^react-dom(\/.*)?$/, replacement: `${dir('react-dom-18')}$1` },
        { find: /^react(\/.*)?$/, replacement: `${dir('react-18')}$1` },
      ],
    },
    test: {
      name: 'react18',
      provide: { reactMajor: '18' },
      environment: 'happy-dom',
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
      setupFiles: ['./test/react-18.setup.ts', './test/preload-client.setup.ts'],
    },
  }),
)
