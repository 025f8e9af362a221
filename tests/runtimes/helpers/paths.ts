import { fileURLToPath } from 'node:url'

/** Absolute paths the suites share. */
export const runtimesDir = fileURLToPath(new URL('..', import.meta.url))
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
export const binDir = `${repoRoot}node_modules/.bin`
