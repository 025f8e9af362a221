import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
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
function findNodeisms(file: string): Finding[] {
  const raw = readFileSync(file, 'utf8')
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
      expect(files.flatMap(findNodeisms)).toEqual([])
    },
  )
})
