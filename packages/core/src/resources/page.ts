import { ResponseValidationError } from '../errors'

/**
 * What `files.list()` and `batch.jobs.list()` return: awaiting it gives one page (`{ data, object, total }`),
 * and `for await` over it yields every item of every page from `params.page` on (like openai-node's
 * PagePromise). The first page is requested lazily, once, and shared by both uses.
 */
export type PagePromise<TPage, TItem> = Promise<TPage> & AsyncIterable<TItem>

/** An item's identity for spotting a repeated page: its `id` when it has one. */
const defaultKey = (item: unknown): string => {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : JSON.stringify(item)
}

/**
 * Builds a PagePromise over `fetchPage`. `total` is never trusted to end the iteration (a server may
 * count wrong, and files' `total` may be null, contract §11.6): only an empty or short page ends it, at
 * the cost of one empty request when the last page is exactly full. A page whose items all repeat the
 * previous page's (a server ignoring `page`) is a ResponseValidationError, never an endless loop.
 */
export function pagePromise<TPage extends { data: readonly TItem[] }, TItem>(
  fetchPage: (page: number) => Promise<TPage>,
  start = 0,
  size = 100,
  keyOf: (item: TItem) => string = defaultKey,
): PagePromise<TPage, TItem> {
  let first: Promise<TPage> | undefined
  const firstPage = () => (first ??= fetchPage(start))
  return {
    // biome-ignore lint/suspicious/noThenProperty: a PagePromise is a thenable by design.
    then: (onfulfilled, onrejected) => firstPage().then(onfulfilled, onrejected),
    catch: (onrejected) => firstPage().catch(onrejected),
    finally: (onfinally) => firstPage().finally(onfinally),
    [Symbol.toStringTag]: 'PagePromise',
    async *[Symbol.asyncIterator]() {
      let previous = new Set<string>()
      for (let page = start; ; page++) {
        const current = await (page === start ? firstPage() : fetchPage(page))
        const { data } = current
        if (data.length === 0) return
        const keys = new Set(data.map(keyOf))
        if (page > start && [...keys].every((key) => previous.has(key))) {
          const message = `page ${page} repeats page ${page - 1}: the server seems to ignore \`page\``
          throw new ResponseValidationError(message, { issues: [{ path: 'data', message }], data: current })
        }
        previous = keys
        yield* data
        if (data.length < size) return
      }
    },
  }
}
