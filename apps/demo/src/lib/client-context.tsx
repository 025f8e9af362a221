import type { MistralBatchClient } from '@mistral-batch/core'
import { BatchClientProvider } from '@mistral-batch/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useState } from 'react'

const ClientContext = createContext<MistralBatchClient | null>(null)
/** The real API's documented limit (contract §9): the fallback when the server does not say. */
export const DEFAULT_MAX_REQUESTS_PER_JOB = 100_000
const LimitContext = createContext(DEFAULT_MAX_REQUESTS_PER_JOB)

/** Props of {@link ClientProvider}. */
export interface ClientProviderProps {
  client: MistralBatchClient
  /** The most requests per job on the server: a larger input is sent as a group. Defaults to 100_000. */
  maxRequestsPerJob?: number
  children?: ReactNode
}

/**
 * Provides the client twice: to the hooks (which need only its observers and upload), and, fully typed,
 * to the parts of the demo that also read results, sign URLs, create and delete. A TanStack QueryClient
 * comes along for the panel that shows `@mistral-batch/core/query`.
 */
export function ClientProvider({
  client,
  maxRequestsPerJob = DEFAULT_MAX_REQUESTS_PER_JOB,
  children,
}: ClientProviderProps) {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <ClientContext.Provider value={client}>
      <LimitContext.Provider value={maxRequestsPerJob}>
        <QueryClientProvider client={queryClient}>
          <BatchClientProvider client={client}>{children}</BatchClientProvider>
        </QueryClientProvider>
      </LimitContext.Provider>
    </ClientContext.Provider>
  )
}

/** The whole client from the nearest `ClientProvider`. */
export function useClient(): MistralBatchClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient() needs a <ClientProvider client={createClient(…)}> above it.')
  return client
}

/** The server's requests-per-job limit: an input over it is created as a group of jobs. */
export const useMaxRequestsPerJob = (): number => useContext(LimitContext)
