import { defineProject } from 'vitest/config'

// The bench smoke: runs the whole harness at tiny sizes in child processes (it bundles our sources with
// esbuild itself), so no `source` resolve condition is needed here.
export default defineProject({
  test: { name: 'bench', environment: 'node', include: ['*.test.ts'], testTimeout: 90_000 },
})
