// Builds the browser app for the Worker's assets binding (wrangler.toml: [build] and [assets]).
// public/app.js imports @mistral-batch/core by name, which a browser cannot resolve: esbuild bundles it
// into dist/public/app.js, beside a copy of public/index.html. wrangler runs this before `dev` and `deploy`.
import { copyFileSync, mkdirSync } from 'node:fs'
import { build } from 'esbuild'

const here = (path) => new URL(path, import.meta.url).pathname
mkdirSync(here('dist/public'), { recursive: true })
copyFileSync(here('public/index.html'), here('dist/public/index.html'))
await build({
  entryPoints: [here('public/app.js')],
  outfile: here('dist/public/app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
})
