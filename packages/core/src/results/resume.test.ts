import { describe, expect, it, vi } from 'vitest'
import { toConnectionError } from '../http/failure'
import { MAX_RESUMES, resumableLines } from './resume'

const FILE = '{"a":1}\n\n{"a":2}\n{"a":3}\n{"a":4}\n'
const bytes = new TextEncoder().encode(FILE)

/** A body that delivers `bytes[from..cutAt)` and then breaks, like a dropped connection. */
function breaking(from: number, cutAt: number): ReadableStream<Uint8Array> {
  let sent = false
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true
        controller.enqueue(bytes.slice(from, cutAt))
      } else if (cutAt < bytes.length) controller.error(new TypeError('terminated'))
      else controller.close()
    },
  })
}

async function collect(open: Parameters<typeof resumableLines>[0]) {
  const lines: { text: string; line: number }[] = []
  for await (const batch of resumableLines(open, undefined, toConnectionError))
    for (const [i, text] of batch.texts.entries()) lines.push({ text, line: batch.lines[i] as number })
  return lines
}

const expected = [
  { text: '{"a":1}', line: 1 },
  { text: '{"a":2}', line: 3 },
  { text: '{"a":3}', line: 4 },
  { text: '{"a":4}', line: 5 },
]

describe('resumableLines', () => {
  it('resumes with a Range offset just past the last complete line, each line once (206)', async () => {
    const offsets: number[] = []
    const open = vi.fn(async (offset: number) => {
      offsets.push(offset)
      // first cut mid-line 4, second cut mid-line 5
      const cut = offsets.length === 1 ? 20 : offsets.length === 2 ? 28 : bytes.length
      return new Response(breaking(offset, cut), { status: offset > 0 ? 206 : 200 })
    })
    expect(await collect(open)).toEqual(expected)
    expect(offsets).toEqual([0, 17, 25])
  })

  it('skips the lines already yielded when the server ignores Range and answers 200', async () => {
    const open = vi.fn(
      async (offset: number) => new Response(breaking(0, offset === 0 ? 20 : bytes.length), { status: 200 }),
    )
    expect(await collect(open)).toEqual(expected)
    expect(open).toHaveBeenCalledTimes(2)
  })

  it(`gives up after ${MAX_RESUMES} resumes and throws the stream error`, async () => {
    const open = vi.fn(async () => new Response(breaking(0, 3), { status: 200 }))
    await expect(collect(open)).rejects.toThrow('terminated')
    expect(open).toHaveBeenCalledTimes(MAX_RESUMES + 1)
  })
})
