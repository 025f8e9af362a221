import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/paths'

// The README's runtime quick starts promise its snippets are copied from the tested examples. Each fenced block after a
// `<!-- copied from: path -->` marker must appear in that file verbatim; a `// …` line marks an elision,
// and each piece between elisions must appear as is, in order.
const doc = readFileSync(`${repoRoot}README.md`, 'utf8')
const MARKED = /<!-- copied from: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g
const blocks = [...doc.matchAll(MARKED)].map(([, path = '', code = '']) => ({ path, code }))

describe('README.md quick starts', () => {
  it('has copied snippets for Node, Workers, Workflows, Deno and the browser', () => {
    const sources = new Set(blocks.map((b) => b.path.split('/')[1]))
    expect([...sources].sort()).toEqual(['cloudflare-worker', 'cloudflare-workflow', 'deno', 'node'])
    expect(blocks.some((b) => b.path.endsWith('public/app.js'))).toBe(true)
  })

  it.each(blocks.map((b, i) => [i + 1, b.path, b.code] as const))(
    'snippet %i is copied verbatim from %s',
    (_, path, code) => {
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
