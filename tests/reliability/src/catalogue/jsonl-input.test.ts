import { createClient, MAX_BATCH_FILE_BYTES, parseJsonl, validateBatchInput } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { countingFetch } from '../helpers/counting-fetch'
import { expectInputError } from '../helpers/expect-error'
import { HugeJsonl } from '../helpers/huge-jsonl'

// Every case goes through files.upload with validation on, over a fetch that counts: the file is known
// to be bad before any byte is sent, so the count must stay 0.
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
const line = (value: unknown) => `${JSON.stringify(value)}\n`
const good = (id: string) => line({ custom_id: id, body: chat })

async function upload(input: string | Uint8Array | Blob, endpoint = '/v1/chat/completions') {
  const { fetch, calls } = countingFetch()
  const client = createClient({ baseURL: 'http://api.invalid', fetch, retry: false })
  const work = client.files.upload(input, { validate: { endpoint: endpoint as '/v1/chat/completions' } })
  return { work, calls }
}

describe('bad JSONL input: InputValidationError naming the line, nothing sent', () => {
  it('rejects an empty file from its size alone, naming the file', async () => {
    const { work, calls } = await upload('')
    await expectInputError(work, { message: /The file is empty/, path: 'file' })
    expect(calls).toHaveLength(0)
  })

  it('rejects a file of blank lines: no requests', async () => {
    const { work, calls } = await upload('\n  \r\n\n')
    await expectInputError(work, { message: /has no requests/, path: '' })
    expect(calls).toHaveLength(0)
  })

  it('rejects invalid JSON on line 3 and names line 3', async () => {
    const { work, calls } = await upload(`${good('a')}${good('b')}{"custom_id": "c", "body": \n`)
    await expectInputError(work, { message: /line 3: Not valid JSON/, path: '', line: 3 })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['an array', '[1, 2]', /not an array/],
    ['a string', '"text"', /not a string/],
    ['null', 'null', /not null/],
    ['a number', '42', /not a number/],
  ])('rejects a line that is %s, not an object', async (_, text, message) => {
    const { work, calls } = await upload(`${good('a')}${text}\n`)
    await expectInputError(work, { message, path: '', line: 2 })
    expect(calls).toHaveLength(0)
  })

  it('rejects a line without body', async () => {
    const { work, calls } = await upload(`${good('a')}${line({ custom_id: 'b' })}`)
    await expectInputError(work, {
      message: /line 2: body is missing/,
      path: 'body',
      line: 2,
      custom_id: 'b',
    })
    expect(calls).toHaveLength(0)
  })

  it('rejects a body that is not an object', async () => {
    const { work, calls } = await upload(line({ custom_id: 'a', body: 'hello' }))
    await expectInputError(work, { message: /body must be an object, not a string/, path: 'body', line: 1 })
    expect(calls).toHaveLength(0)
  })

  it('rejects a duplicate custom_id and names both lines', async () => {
    const { work, calls } = await upload(`${good('x')}${good('y')}${good('x')}`)
    const message = /line 3: duplicate custom_id "x" \(first seen on line 1\)/
    await expectInputError(work, { message, path: 'custom_id', line: 3, custom_id: 'x' })
    expect(calls).toHaveLength(0)
  })

  it('rejects a custom_id that is not a string', async () => {
    const { work, calls } = await upload(line({ custom_id: 7, body: chat }))
    await expectInputError(work, {
      message: /custom_id must be a string, not a number/,
      path: 'custom_id',
      line: 1,
    })
    expect(calls).toHaveLength(0)
  })

  it('rejects a chat body without messages (the wrong body for the endpoint)', async () => {
    const { work, calls } = await upload(`${good('a')}${line({ custom_id: 'b', body: { model: 'm' } })}`)
    const message = /line 2: body\.messages is required for \/v1\/chat\/completions/
    await expectInputError(work, { message, path: 'body.messages', line: 2, custom_id: 'b' })
    expect(calls).toHaveLength(0)
  })

  it('rejects an embeddings body whose input is a number', async () => {
    const { work, calls } = await upload(
      line({ custom_id: 'e', body: { model: 'mistral-embed', input: 3 } }),
      '/v1/embeddings',
    )
    await expectInputError(work, { message: /body\.input must be/, path: 'body.input', line: 1 })
    expect(calls).toHaveLength(0)
  })

  it('rejects a file that is not UTF-8 (a Latin-1 byte on line 2)', async () => {
    const latin1 = new TextEncoder().encode(
      `${good('a')}{"custom_id":"b","body":{"messages":[{"role":"user","content":"caf\u0000"}]}}\n`,
    )
    latin1[latin1.lastIndexOf(0)] = 0xe9 // 'é' in Latin-1: a lone continuation-less lead byte in UTF-8
    const { work, calls } = await upload(latin1)
    await expectInputError(work, { message: /line 2: Line 2 is not valid UTF-8/, path: '', line: 2 })
    expect(calls).toHaveLength(0)
  })

  it('rejects a UTF-16 file (a BOM and NUL bytes) on line 1', async () => {
    const text = good('a')
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const { work, calls } = await upload(utf16)
    await expectInputError(work, { message: /not valid UTF-8/, path: '', line: 1 })
    expect(calls).toHaveLength(0)
  })

  it('accepts U+FFFD written as real UTF-8: only invalid bytes are flagged', async () => {
    const report = await validateBatchInput(line({ custom_id: '\uFFFD', body: chat }), {
      endpoint: '/v1/chat/completions',
    })
    expect(report).toMatchObject({ ok: true, count: 1, issues: [] })
  })

  it('rejects a file over 512 MB (streamed: 513 lines of 1 MiB, no 513 MB buffer)', async () => {
    const huge = new HugeJsonl(513)
    expect(huge.size).toBeGreaterThan(MAX_BATCH_FILE_BYTES)
    const { work, calls } = await upload(huge)
    // Refused from the Blob's size before a byte is read or sent.
    const error = await expectInputError(work, { message: /over the API's 512 MB limit/, path: 'file' })
    expect(error.issues).toHaveLength(1)
    expect(calls).toHaveLength(0)
  }, 30_000)

  it('rejects an unknown endpoint once, naming the endpoint field', async () => {
    const { work, calls } = await upload(good('a'), '/v1/images/generations')
    await expectInputError(work, {
      message: /Unknown endpoint "\/v1\/images\/generations"/,
      path: 'endpoint',
    })
    expect(calls).toHaveLength(0)
  })

  it('parseJsonl names the line of invalid JSON', async () => {
    const values = async () => {
      for await (const _ of parseJsonl(`${good('a')}\n{oops}\n`)) void _
    }
    await expectInputError(values, { message: /^Line 3 is not valid JSON/, path: '', line: 3 })
  })
})
