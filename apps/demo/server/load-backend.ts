import { fileURLToPath } from 'node:url'
import { defaultServerConditions, runnerImport } from 'vite'
import type { ApiBackend, DemoEnv } from './api-handler.ts'

type ApiHandlerModule = typeof import('./api-handler')

/**
 * Loads `api-handler.ts` through Vite's module runner rather than Node's `import`. Vite bundles this
 * config with every bare import externalized, so Node would resolve `@mistral-batch/*` to their `dist`
 * builds (stale or missing in a fresh clone); the runner resolves them from TypeScript sources through
 * the `source` export condition, like the app and the tests do. Works the same for dev and preview.
 */
/** A backend plus its middleware, both built from workspace sources by the module runner. */
export type LoadedBackend = ApiBackend & { middleware: ReturnType<ApiHandlerModule['middlewareFor']> }

export async function loadApiBackend(root: string, env: DemoEnv): Promise<LoadedBackend> {
  const entry = fileURLToPath(new URL('./api-handler.ts', import.meta.url))
  const { module } = await runnerImport<ApiHandlerModule>(entry, {
    root,
    logLevel: 'error',
    environments: {
      inline: {
        resolve: {
          conditions: ['source', ...defaultServerConditions],
          // Workspace packages run from source; npm dependencies (valibot, ofetch) stay plain Node imports.
          noExternal: [/^@mistral-batch\//],
        },
      },
    },
  })
  const backend = module.createApiBackend(env)
  return { ...backend, middleware: module.middlewareFor(backend) }
}
