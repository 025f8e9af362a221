import { describe, expect, it } from 'vitest'
import { InputValidationError } from '../errors'
import { toBlob } from './to-blob'

const LINE = '{"custom_id":"1","body":{"a":1}}\n'
const requests = [{ custom_id: '1', body: { a: 1 } }]

describe('toBlob', () => {
  it.each([
    ['a Blob', () => new Blob([LINE])],
    ['a string', () => LINE],
    ['a Uint8Array', () => new TextEncoder().encode(LINE)],
    ['an ArrayBuffer', () => new TextEncoder().encode(LINE).buffer],
    ['a ReadableStream', () => new Blob([LINE]).stream()],
    ['an array of requests', () => requests],
    [
      'an async iterable of requests',
      () =>
        (async function* () {
          yield* requests
        })(),
    ],
  ])('reads %s', async (_name, make) => {
    expect(await (await toBlob(make())).text()).toBe(LINE)
  })

  it('rejects anything else with InputValidationError', async () => {
    await expect(toBlob(42 as never)).rejects.toBeInstanceOf(InputValidationError)
  })
})
