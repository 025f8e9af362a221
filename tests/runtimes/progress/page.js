// The progress page's module: the built core, bundled for the browser, plus the shared 20 MB upload.
import * as core from '@mistral-batch/core'
import { uploadWithProgress } from './upload-20mb.js'

globalThis.uploadWithProgress = (options) => uploadWithProgress(core, options)
document.title = 'ready'
