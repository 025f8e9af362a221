import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { assertBuilt } from '../helpers/built'
import { repoRoot } from '../helpers/paths'
import { stripCommentsAndStrings } from './strip'

/** Built JavaScript of the packages that must run on Workers, Deno and browsers. */
function builtFiles(pkg: string): string[] {
  const dir = `${repoRoot}packages/${pkg}/dist/`
  return readdirSync(dir)
    .filter((f) => /\.(js|cjs|mjs)$/.test(f))
    .map((f) => `${dir}${f}`)
}

interface Finding {
  file: string
  line: number
  what: string
  text: string
}

// Every import/require specifier. tsup drops the `node:` prefix by default (removeNodeProtocol), so a
// built `node:http` import reads `from "http"`: specifiers are checked against Node's builtin list too.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g
const isNodeBuiltin = (spec: string) =>
  spec.startsWith('node:') ||
  builtinModules.includes(spec) ||
  builtinModules.includes(spec.split('/')[0] ?? '')

/** Node-only references: globals `process` / `Buffer`, `require(` in ESM, and any Node builtin import. */
function findNodeisms(file: string, raw = readFileSync(file, 'utf8')): Finding[] {
  const code = stripCommentsAndStrings(raw).split('\n')
  const rawLines = raw.split('\n')
  const esm = !file.endsWith('.cjs')
  const checks: [string, RegExp, string[]][] = [
    ['process', /(?<![\w$.])process\b/, code],
    ['Buffer', /(?<![\w$.])Buffer\b/, code],
  ]
  if (esm) checks.push(['require( in ESM', /(?<![\w$.])require\s*\(/, code])
  const findings: Finding[] = []
  for (const [what, pattern, lines] of checks) {
    lines.forEach((text, index) => {
      if (pattern.test(text)) findings.push({ file, line: index + 1, what, text: text.trim().slice(0, 160) })
    })
  }
  rawLines.forEach((text, index) => {
    for (const [, spec = ''] of text.matchAll(SPECIFIER)) {
      if (isNodeBuiltin(spec))
        findings.push({ file, line: index + 1, what: `import of ${spec}`, text: text.trim() })
    }
  })
  return findings
}

describe('bundle guards', () => {
  it('finds Node-only references when they are there (the guard can fail)', () => {
    const sample = 'const a = process.env.X\nconst b = Buffer.from("x")\n// process in a comment\n"Buffer"'
    const code = stripCommentsAndStrings(sample).split('\n')
    expect(code.filter((l) => /(?<![\w$.])(process|Buffer)\b/.test(l))).toHaveLength(2)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is JavaScript source with a template.
    expect(stripCommentsAndStrings('`a ${process.env.X} b`')).toContain('process')
    const imports = 'import http from "http"\nconst s = require("node:stream")\nimport { a } from "ofetch"'
    const specs = [...imports.matchAll(SPECIFIER)].map((m) => m[1] ?? '')
    expect(specs.filter(isNodeBuiltin)).toEqual(['http', 'node:stream'])
  })

  it("flags the emulator's Node server entry, which is allowed to use Node (a real positive control)", () => {
    assertBuilt()
    const findings = findNodeisms(`${repoRoot}packages/emulator/dist/node.js`).map((f) => f.what)
    expect(findings).toContain('import of http')
  })

  it.each(['core', 'react'])(
    'the built %s bundle references no process, Buffer, require( or node:',
    (pkg) => {
      assertBuilt()
      const files = builtFiles(pkg)
      expect(files.length).toBeGreaterThan(0)
      expect(files.flatMap((file) => findNodeisms(file))).toEqual([])
    },
  )
})

/**
 * The built core bundled as a user's bundler would for one runtime, dependencies included (ofetch, ufo,
 * destr, valibot). Node builtins stay external, so a leak shows up as an import instead of a build error.
 */
async function bundleCoreFor(conditions: string[]) {
  const result = await build({
    entryPoints: [`${repoRoot}packages/core/dist/index.js`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions,
    external: [...builtinModules, 'node:*'],
    metafile: true,
    logLevel: 'silent',
  })
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) }
}

describe("ofetch's node-fetch-native stays out of browser, Worker and Deno bundles", () => {
  it('the guard catches it: with the `node` condition, node-fetch-native and node:http come in', async () => {
    assertBuilt()
    const { code, inputs } = await bundleCoreFor(['node'])
    expect(inputs.some((i) => i.includes('node-fetch-native'))).toBe(true)
    expect(findNodeisms('node bundle', code).map((f) => f.what)).toContain('import of node:http')
  })

  it.each([
    ['browser (Vite)', ['browser']],
    ['workerd (wrangler)', ['workerd', 'worker', 'browser']],
    ['Deno', ['deno']],
    ['Bun', ['bun']],
  ])('%s resolves ofetch to its Web build', async (_name, conditions) => {
    assertBuilt()
    const { code, inputs } = await bundleCoreFor(conditions)
    expect(inputs.some((i) => i.includes('ofetch'))).toBe(true)
    expect(inputs.filter((i) => i.includes('node-fetch-native') || i.includes('ofetch/dist/node'))).toEqual(
      [],
    )
    expect(findNodeisms('bundle', code)).toEqual([])
  })
})
