import { describe, expect, it } from 'vitest'
import { startJob } from '../../test/helpers'
import { expectFilesBatchSchema } from '../../test/openapi'
import { bytesOf, ChunkWriter } from '../store/bytes'
import { inlineOutputsResponse } from './inline-outputs'

const encode = (text: string) => new TextEncoder().encode(text)

describe('inlineOutputsResponse', () => {
  it.each([
    ['no results at all', [[], []]],
    ['successes only', [['{"a":1}\n{"a":2}\n'], []]],
    ['failures only', [[], ['{"e":1}\n']]],
    ['several chunks in both files', [['{"a":1}\n', '{"a":2}\n{"a":3}\n'], ['{"e":"x,\\ny"}\n']]],
    [
      'empty chunks between lines',
      [
        ['', '{"a":1}\n', ''],
        ['', '{"e":2}\n'],
      ],
    ],
  ])('streams valid JSON for %s, lines in file order', async (_, files) => {
    const bytes = files.map((chunks) => bytesOf(chunks.map(encode)))
    const response = inlineOutputsResponse({ id: 'j', status: 'SUCCESS' }, bytes)
    expect(response.headers.get('content-type')).toBe('application/json')
    const expected = files
      .flat()
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    expect(await response.json()).toEqual({ id: 'j', status: 'SUCCESS', outputs: expected })
  })

  it('never holds more than one stored chunk in a piece of the body', async () => {
    const writer = new ChunkWriter()
    const line = JSON.stringify({
      custom_id: 'x',
      response: { status_code: 200, body: { pad: 'p'.repeat(5_000) } },
    })
    for (let i = 0; i < 1_000; i++) writer.writeLine(line) // ~5 MB, five ~1 MiB stored chunks
    const response = inlineOutputsResponse({ id: 'j' }, [writer.bytes(), bytesOf([])])
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const sizes: number[] = []
    const parts: Uint8Array[] = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      sizes.push(r.value.byteLength)
      parts.push(r.value)
    }
    expect(sizes.length).toBeGreaterThan(5)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024 * 1024 + line.length + 1)
    const text = new TextDecoder().decode(Buffer.concat(parts))
    expect((JSON.parse(text) as { outputs: unknown[] }).outputs).toHaveLength(1_000)
  })

  it('serves GET ?inline=true of a file job in the BatchJob schema, successes then failures', async () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      i % 50 === 0
        ? { custom_id: `bad-${i}`, body: { model: 'mistral-small-latest' } }
        : {
            custom_id: `ok-${i}`,
            body: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `q${i}` }] },
          },
    )
    const { clock, get } = await startJob(lines)
    clock.advance(60_000)
    const job = await get('?inline=true')
    expectFilesBatchSchema('BatchJob', job)
    expect(job).toMatchObject({ status: 'SUCCESS', succeeded_requests: 294, failed_requests: 6 })
    const ids = (job.outputs as { custom_id: string }[]).map((o) => o.custom_id)
    expect(ids.slice(0, 294).every((id) => id.startsWith('ok-'))).toBe(true)
    expect(ids.slice(294)).toEqual([0, 50, 100, 150, 200, 250].map((i) => `bad-${i}`))
  })
})
