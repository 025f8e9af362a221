import type { MistralBatchClient } from '@mistral-batch/core'
import { BatchClientProvider } from '@mistral-batch/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useState } from 'react'

const ClientContext = createContext<MistralBatchClient | null>(null)

/**
 * Provides the client twice: to the hooks (which need only its observers and upload), and, fully typed,
 * to the parts of the demo that also read results, sign URLs, create and delete. A TanStack QueryClient
 * comes along for the panel that shows `@mistral-batch/core/query`.
 */
export function ClientProvider({ client, children }: { client: MistralBatchClient; children?: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <ClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>
        <BatchClientProvider client={client}>{children}</BatchClientProvider>
      </QueryClientProvider>
    </ClientContext.Provider>
  )
}

/** The whole client from the nearest `ClientProvider`. */
export function useClient(): MistralBatchClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient() needs a <ClientProvider client={createClient(…)}> above it.')
  return client
}
