import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { batchApi } from './server/plugin.ts'

export default defineConfig({
  plugins: [react(), batchApi()],
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
