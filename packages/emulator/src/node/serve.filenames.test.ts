// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { head, jsonOf, rawExchange } from '../../test/raw-http'
import { type Server, serve } from '.'

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
let server: Server
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  server = await serve({ seed: 12 }, { port: 0 })
})
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await server.close()
})

/** Uploads over a raw socket with the file name's UTF-8 bytes as they are in the multipart header. */
async function uploadNamed(filename: string): Promise<string> {
  const part = Buffer.concat([
    Buffer.from('--n\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'),
    Buffer.from('--n\r\ncontent-disposition: form-data; name="file"; filename="'),
    Buffer.from(filename, 'utf8'),
    Buffer.from('"\r\n\r\n{"custom_id":"a","body":{}}\r\n--n--\r\n'),
  ])
  const headers = { 'content-type': 'multipart/form-data; boundary=n', 'content-length': String(part.length) }
  const response = await rawExchange(server.url, [head(server.url, 'POST /v1/files HTTP/1.1', headers), part])
  expect(response.status).toBe(200)
  return (jsonOf(response) as { id: string }).id
}

describe('serve: downloads of files with any name', () => {
  it.each([
    [
      'Japanese',
      'データ.jsonl',
      'attachment; filename="___.jsonl"; filename*=UTF-8\'\'%E3%83%87%E3%83%BC%E3%82%BF.jsonl',
    ],
    ['emoji', '🚀.jsonl', 'attachment; filename="__.jsonl"; filename*=UTF-8\'\'%F0%9F%9A%80.jsonl'],
    ['a control character', 'a\u0001b.jsonl', 'attachment; filename="ab.jsonl"; filename*=UTF-8\'\'ab.jsonl'],
    [
      'an escape and DEL',
      'x\u001b[1m\u007f.jsonl',
      'attachment; filename="x[1m.jsonl"; filename*=UTF-8\'\'x%5B1m.jsonl',
    ],
    [
      'Latin-1',
      'résumé.jsonl',
      'attachment; filename="r_sum_.jsonl"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.jsonl',
    ],
    [
      'a backslash and percent',
      'a\\b%41.jsonl',
      'attachment; filename="a_b_41.jsonl"; filename*=UTF-8\'\'a%5Cb%2541.jsonl',
    ],
  ])(
    'serves a name with %s (signed URL too), with an RFC 6266 Content-Disposition',
    async (_, name, expected) => {
      const id = await uploadNamed(name)
      const download = await rawExchange(server.url, [
        head(server.url, `GET /v1/files/${id}/content HTTP/1.1`),
      ])
      expect(download.status).toBe(200)
      expect(download.headers['content-disposition']).toBe(expected)
      expect(download.body.toString()).toBe('{"custom_id":"a","body":{}}')
      const signed = await (await fetch(`${server.url}/v1/files/${id}/url`)).json()
      const viaSigned = await fetch(signed.url)
      expect(viaSigned.status).toBe(200)
      expect(viaSigned.headers.get('content-disposition')).toBe(expected)
      expect(unhandled).toEqual([])
    },
  )
})
