// C0 and C1 controls and DEL: Node refuses them in a header value, and no file name needs them.
const isControl = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
}
// RFC 8187 §3.2.1 attr-char: sent as is in `filename*`; every other byte is percent-encoded.
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/

function percentEncodeUtf8(text: string): string {
  let out = ''
  // TextEncoder turns a lone surrogate into U+FFFD, where encodeURIComponent would throw.
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte)
    out += ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * `Content-Disposition` for a download of `filename` (RFC 6266 §4.3): a quoted ASCII fallback for old
 * clients (non-ASCII, quotes, backslashes and `%` become `_`), then the exact name as UTF-8 in
 * `filename*`. Control characters are dropped from both: they cannot be sent in a header at all.
 */
export function contentDisposition(filename: string): string {
  const clean = [...filename].filter((char) => !isControl(char)).join('') || 'download'
  const fallback = clean.replace(/[^\x20-\x7e]|["\\%]/g, '_')
  return `attachment; filename="${fallback}"; filename*=UTF-8''${percentEncodeUtf8(clean)}`
}
