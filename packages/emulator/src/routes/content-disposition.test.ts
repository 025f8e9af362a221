import { describe, expect, it } from 'vitest'
import { contentDisposition } from './content-disposition'

describe('contentDisposition', () => {
  it.each([
    ['in.jsonl', 'attachment; filename="in.jsonl"; filename*=UTF-8\'\'in.jsonl'],
    [
      'データ.jsonl',
      'attachment; filename="___.jsonl"; filename*=UTF-8\'\'%E3%83%87%E3%83%BC%E3%82%BF.jsonl',
    ],
    ['🚀 run.jsonl', 'attachment; filename="__ run.jsonl"; filename*=UTF-8\'\'%F0%9F%9A%80%20run.jsonl'],
    ['a"b\\c%d.jsonl', 'attachment; filename="a_b_c_d.jsonl"; filename*=UTF-8\'\'a%22b%5Cc%25d.jsonl'],
    [
      'bad\r\nx-evil: 1.jsonl',
      'attachment; filename="badx-evil: 1.jsonl"; filename*=UTF-8\'\'badx-evil%3A%201.jsonl',
    ],
    [
      'tab\there\u0000\u007f\u0085.jsonl',
      'attachment; filename="tabhere.jsonl"; filename*=UTF-8\'\'tabhere.jsonl',
    ],
    ['\u0001\u0002', 'attachment; filename="download"; filename*=UTF-8\'\'download'],
    ['lone\uD800.jsonl', 'attachment; filename="lone_.jsonl"; filename*=UTF-8\'\'lone%EF%BF%BD.jsonl'],
    ['café.jsonl', 'attachment; filename="caf_.jsonl"; filename*=UTF-8\'\'caf%C3%A9.jsonl'],
  ])('sends %j as an ASCII fallback plus the exact UTF-8 name', (name, expected) => {
    const value = contentDisposition(name)
    expect(value).toBe(expected)
    // Every header Node and fetch accept: printable ASCII only.
    expect(value).toMatch(/^[\x20-\x7e]+$/)
    expect(() => new Headers({ 'content-disposition': value })).not.toThrow()
  })

  it('round-trips the exact name through filename* (RFC 8187 decoding)', () => {
    for (const name of ['データ.jsonl', '🚀 run.jsonl', "it's (1) *.jsonl", 'a+b=c;d,e.jsonl']) {
      const encoded = /filename\*=UTF-8''(.*)$/.exec(contentDisposition(name))?.[1] ?? ''
      expect(decodeURIComponent(encoded)).toBe(name)
    }
  })
})
