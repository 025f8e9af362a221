import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/paths'

// The READMEs (the root one, and each package's, which is its npm page) promise their snippets are copied
// from tested code. Each fenced block after a `<!-- copied from: path -->` marker (a repo-relative path)
// must appear in that file verbatim; a `// …` line marks an elision, and each piece between elisions must
// appear as is, in order.
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/react/README.md',
  'packages/emulator/README.md',
]
const MARKED = /<!-- copied from: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g
const blocksOf = (readme: string) =>
  [...readFileSync(`${repoRoot}${readme}`, 'utf8').matchAll(MARKED)].map(([, path = '', code = '']) => ({
    readme,
    path,
    code,
  }))
const blocks = READMES.flatMap(blocksOf)

describe('README snippets', () => {
  it('has copied snippets for Node, Workers, Workflows, Deno and the browser in the root README', () => {
    const sources = new Set(blocksOf('README.md').map((b) => b.path.split('/')[1]))
    expect([...sources]).toEqual(
      expect.arrayContaining(['cloudflare-worker', 'cloudflare-workflow', 'deno', 'node']),
    )
    expect(blocks.some((b) => b.path.endsWith('public/app.js'))).toBe(true)
  })

  it('gives every package README a copied quick start', () => {
    const withSnippets = new Set(blocks.map((b) => b.readme))
    expect(READMES.filter((readme) => !withSnippets.has(readme))).toEqual([])
  })

  it.each(blocks.map((b, i) => [i + 1, b.readme, b.path, b.code] as const))(
    'snippet %i of %s is copied verbatim from %s',
    (_, _readme, path, code) => {
      const source = readFileSync(`${repoRoot}${path}`, 'utf8')
      let from = 0
      for (const piece of code.split(/^\s*\/\/ …\n/m)) {
        const at = source.indexOf(piece.replace(/\n$/, ''), from)
        expect(at, `not found in ${path} (in order):\n${piece}`).toBeGreaterThanOrEqual(0)
        from = at + piece.length - 1
      }
    },
  )
})
