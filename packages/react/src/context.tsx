import { createContext, type ReactNode, useContext } from 'react'
import type { BatchClientLike } from './types'

const BatchClientContext = createContext<BatchClientLike | null>(null)

/** Makes `client` available to the hooks below it. One client shares one observer per job. */
export function BatchClientProvider(props: { client: BatchClientLike; children?: ReactNode }): ReactNode {
  return <BatchClientContext.Provider value={props.client}>{props.children}</BatchClientContext.Provider>
}

/** The client from the nearest `BatchClientProvider`; throws, saying what to wrap with, outside one. */
export function useBatchClient(): BatchClientLike {
  const client = useContext(BatchClientContext)
  if (!client) {
    throw new Error(
      'useBatchClient() found no client. Wrap your app (or this component) in ' +
        '<BatchClientProvider client={createClient({ ... })}> from @mistral-batch/react, ' +
        'with createClient from @mistral-batch/core.',
    )
  }
  return client
}
