import { describe, expect, it } from 'vitest'
import { peek } from './peek'

const req = (i: number) => ({ custom_id: String(i), body: { n: i } })
async function* gen(n: number) {
  for (let i = 0; i < n; i++) yield req(i)
}
async function all<T>(it: AsyncIterable<T>) {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('peek', () => {
  it('fits when the input ends within the limits', async () => {
    const result = await peek([req(0), req(1)], 2, 1000)
    expect(result.fits).toBe(true)
    expect(result.head).toHaveLength(2)
  })

  it('does not fit over the count and still yields everything once from rest', async () => {
    const result = await peek(gen(5), 2, 1000)
    expect(result.fits).toBe(false)
    expect((await all(result.rest)).map((r) => r.custom_id)).toEqual(['0', '1', '2', '3', '4'])
  })

  it('does not fit over the byte budget', async () => {
    const result = await peek([req(0), req(1), req(2)], 10, 40)
    expect(result.fits).toBe(false)
    expect(await all(result.rest)).toHaveLength(3)
  })
})
