// The page's module: the built core, bundled for the browser as Vite or esbuild would, plus the scenario.
import * as core from '@mistral-batch/core'
import { runScenario } from '../scenario/scenario.js'

globalThis.runScenario = (options) => runScenario(core, { ...options, runtime: 'chromium' })
document.title = 'ready'
