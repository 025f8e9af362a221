import { describe, expect, it, vi } from 'vitest'
import { pagePromise } from './page'

type Page = { data: number[]; total?: number | null }

function pages(all: number[], size: number, withTotal: boolean) {
  return vi.fn(
    async (page: number): Promise<Page> => ({
      data: all.slice(page * size, page * size + size),
      ...(withTotal ? { total: all.length } : { total: null }),
    }),
  )
}

describe('PagePromise', () => {
  it('awaits to the first page, fetching it once even when iterated too', async () => {
    const fetchPage = pages([1, 2, 3, 4, 5], 2, true)
    const list = pagePromise<Page, number>(fetchPage, 0, 2)
    expect(fetchPage).not.toHaveBeenCalled()
    expect(await list).toEqual({ data: [1, 2], total: 5 })
    const seen: number[] = []
    for await (const n of list) seen.push(n)
    expect(seen).toEqual([1, 2, 3, 4, 5])
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([0, 1, 2])
  })

  it('stops at total without an extra request when the last page is full', async () => {
    const fetchPage = pages([1, 2, 3, 4], 2, true)
    const seen: number[] = []
    for await (const n of pagePromise<Page, number>(fetchPage, 0, 2)) seen.push(n)
    expect(seen).toEqual([1, 2, 3, 4])
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('stops at an empty page when total is null (files list, §11.6)', async () => {
    const fetchPage = pages([1, 2, 3, 4], 2, false)
    const seen: number[] = []
    for await (const n of pagePromise<Page, number>(fetchPage, 1, 2)) seen.push(n)
    expect(seen).toEqual([3, 4])
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([1, 2])
  })

  it('passes rejections to catch', async () => {
    const list = pagePromise<Page, number>(() => Promise.reject(new Error('x')))
    await expect(list.catch((e: unknown) => (e as Error).message)).resolves.toBe('x')
  })
})
