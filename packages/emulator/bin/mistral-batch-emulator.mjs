#!/usr/bin/env node
// The bin is a committed shim over the built CLI, so package managers can link it at install time, before
// anything is built (in this repository, `pnpm build` makes dist/; a published package ships it).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  console.error(
    'mistral-batch-emulator: dist/cli.js is missing. In the mistral-batch repository, run `pnpm build` first.',
  )
  process.exit(1)
}
await import(cli.href)
