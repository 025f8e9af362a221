import { createClient } from '@mistral-batch/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ClientProvider } from './lib/client-context'
import './styles.css'

// No apiKey here, ever: the page talks to its own server, which adds the key (proxy) or needs none
// (emulator). See server/plugin.ts.
const client = createClient({ baseURL: window.location.origin })

/** The server's requests-per-job limit (low on the demo's emulator, so large inputs become groups). */
async function serverLimit(): Promise<number | undefined> {
  try {
    const body = (await (await fetch('/demo/mode.json')).json()) as { maxRequestsPerJob?: unknown }
    const limit = body.maxRequestsPerJob
    return typeof limit === 'number' && Number.isSafeInteger(limit) && limit > 0 ? limit : undefined
  } catch {
    return undefined
  }
}

const root = document.getElementById('root')
if (root) {
  void serverLimit().then((maxRequestsPerJob) =>
    createRoot(root).render(
      <StrictMode>
        <ClientProvider client={client} {...(maxRequestsPerJob ? { maxRequestsPerJob } : {})}>
          <App />
        </ClientProvider>
      </StrictMode>,
    ),
  )
}
