import { createClient } from '@mistral-batch/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ClientProvider } from './lib/client-context'
import './styles.css'

// No apiKey here, ever: the page talks to its own server, which adds the key (proxy) or needs none
// (emulator). See server/plugin.ts.
const client = createClient({ baseURL: window.location.origin })

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ClientProvider client={client}>
        <App />
      </ClientProvider>
    </StrictMode>,
  )
}
