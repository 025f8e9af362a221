import { describe, expect, it, vi } from 'vitest'
import { isResponseValidationError } from '../errors'
import { pagePromise } from './page'

type Item = { id: string }
type Page = { data: Item[]; total?: number | null }
const items = (n: number, prefix = 'i') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }))

/**
 * A paged server over `all`. `serve` can replace what one page returns (a lying server). It throws after
 * `maxCalls` calls, so a pagination bug that loops fails the test at once instead of hanging for 90 s.
 */
function pages(
  all: Item[],
  size: number,
  options: { total?: number | null; maxCalls?: number; serve?: (page: number) => Item[] } = {},
) {
  const { total = all.length, maxCalls = 10 } = options
  let calls = 0
  return vi.fn(async (page: number): Promise<Page> => {
    calls += 1
    if (calls > maxCalls) throw new Error(`stub: more than ${maxCalls} page requests`)
    const data = options.serve?.(page) ?? all.slice(page * size, page * size + size)
    return { data, total }
  })
}

async function collect(list: AsyncIterable<Item>) {
  const seen: string[] = []
  for await (const item of list) seen.push(item.id)
  return seen
}

const ids = (n: number, from = 0) =>
  items(n + from)
    .slice(from)
    .map((i) => i.id)

describe('PagePromise', () => {
  it('awaits to the first page, fetching it once even when iterated too', async () => {
    const fetchPage = pages(items(5), 2)
    const list = pagePromise<Page, Item>(fetchPage, 0, 2)
    expect(fetchPage).not.toHaveBeenCalled()
    expect(await list).toEqual({ data: items(2), total: 5 })
    expect(await collect(list)).toEqual(ids(5))
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([0, 1, 2])
  })

  it('ends on a short page, and on an empty page after a full last page', async () => {
    const full = pages(items(4), 2)
    expect(await collect(pagePromise<Page, Item>(full, 0, 2))).toEqual(ids(4))
    expect(full.mock.calls.map((c) => c[0])).toEqual([0, 1, 2])
    const empty = pages([], 2)
    expect(await collect(pagePromise<Page, Item>(empty, 0, 2))).toEqual([])
    expect(empty).toHaveBeenCalledTimes(1)
  })

  it('starts at params.page, and needs no total (files list, §11.6)', async () => {
    const fetchPage = pages(items(4), 2, { total: null })
    expect(await collect(pagePromise<Page, Item>(fetchPage, 1, 2))).toEqual(ids(2, 2))
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([1, 2])
  })

  it.each([
    ['too small', 1],
    ['zero', 0],
    ['smaller than one page', 3],
  ])('does not stop early when total is %s: it reads on to a short page', async (_, total) => {
    const fetchPage = pages(items(9), 4, { total })
    expect(await collect(pagePromise<Page, Item>(fetchPage, 0, 4))).toEqual(ids(9))
    expect(fetchPage).toHaveBeenCalledTimes(3)
  })

  it('does not stop early when total is too large either: a short page ends it', async () => {
    const fetchPage = pages(items(3), 2, { total: 1_000 })
    expect(await collect(pagePromise<Page, Item>(fetchPage, 0, 2))).toEqual(ids(3))
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['the first page again and again', () => items(2)],
    ['the same items in another order', (page: number) => (page % 2 ? items(2).reverse() : items(2))],
  ])('rejects a server that ignores page (it serves %s) instead of looping', async (_, serve) => {
    const fetchPage = pages(items(2), 2, { total: 100, serve })
    const seen: string[] = []
    const error = await (async () => {
      for await (const item of pagePromise<Page, Item>(fetchPage, 0, 2)) seen.push(item.id)
    })().catch((e: unknown) => e)
    expect(isResponseValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/page 1 repeats page 0: the server seems to ignore `page`/)
    expect(seen).toEqual(['i0', 'i1'])
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('keeps going when a page shares some items with the last one (a list that moved)', async () => {
    const serve = (page: number) => (page === 0 ? items(2) : page === 1 ? [items(2)[1]!, { id: 'x' }] : [])
    const fetchPage = pages([], 2, { serve })
    expect(await collect(pagePromise<Page, Item>(fetchPage, 0, 2))).toEqual(['i0', 'i1', 'i1', 'x'])
  })

  it('passes rejections to catch', async () => {
    const list = pagePromise<Page, Item>(() => Promise.reject(new Error('x')))
    await expect(list.catch((e: unknown) => (e as Error).message)).resolves.toBe('x')
  })
})
