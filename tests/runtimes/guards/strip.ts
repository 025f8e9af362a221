/**
 * Blanks out comments and the insides of string and template literals, so the guards match code, not
 * prose (a comment saying "process" is fine). Regex literals are rare in these bundles and left as is.
 * Template `${…}` expressions are kept, since they are code.
 */
export function stripCommentsAndStrings(source: string): string {
  let out = ''
  let i = 0
  const templates: number[] = [] // brace depth at each open `${`
  let depth = 0
  while (i < source.length) {
    const c = source[i]
    const next = source[i + 1]
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end === -1 ? source.length : end + 2
      out += ' '
    } else if (c === '"' || c === "'") {
      i = skipQuoted(source, i, c)
      out += '""'
    } else if (c === '`' || (c === '}' && templates.length > 0 && templates.at(-1) === depth)) {
      if (c === '}') templates.pop()
      i = skipTemplate(source, i + 1, templates, () => depth)
      out += '``'
    } else {
      if (c === '{') depth++
      if (c === '}') depth--
      out += c
      i++
    }
  }
  return out
}

function skipQuoted(source: string, start: number, quote: string): number {
  let i = start + 1
  while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1
  return i + 1
}

/** Skips template text up to its closing backtick, or up to a `${` (whose expression is then scanned as code). */
function skipTemplate(source: string, start: number, templates: number[], depth: () => number): number {
  let i = start
  while (i < source.length) {
    if (source[i] === '\\') i += 2
    else if (source[i] === '`') return i + 1
    else if (source[i] === '$' && source[i + 1] === '{') {
      templates.push(depth())
      return i + 2
    } else i++
  }
  return i
}
