import { type RenderResult, render } from '@testing-library/react'
import { type ReactNode, StrictMode } from 'react'
import { BatchClientProvider } from '../src/context'
import type { BatchClientLike } from '../src/types'

/**
 * Renders `ui` under a provider for `client`; `rerender` keeps the provider. `strict` puts StrictMode at
 * the root: React 19 double-invokes effects only for a StrictMode that wraps the root.
 */
export function renderWith(
  client: BatchClientLike,
  ui: ReactNode,
  options: { strict?: boolean } = {},
): RenderResult {
  const wrap = (node: ReactNode) => {
    const tree = <BatchClientProvider client={client}>{node}</BatchClientProvider>
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree
  }
  const result = render(wrap(ui))
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)) }
}
