/**
 * What `files.list()` and `batch.jobs.list()` return: awaiting it gives one page (`{ data, object, total }`),
 * and `for await` over it yields every item of every page from `params.page` on (like openai-node's
 * PagePromise). The first page is requested lazily, once, and shared by both uses.
 */
export type PagePromise<TPage, TItem> = Promise<TPage> & AsyncIterable<TItem>

/** Builds a PagePromise over `fetchPage`; stops on an empty or short page, or once `total` is reached. */
export function pagePromise<
  TPage extends { data: readonly TItem[]; total?: number | null | undefined },
  TItem,
>(fetchPage: (page: number) => Promise<TPage>, start = 0, size = 100): PagePromise<TPage, TItem> {
  let first: Promise<TPage> | undefined
  const firstPage = () => (first ??= fetchPage(start))
  return {
    // biome-ignore lint/suspicious/noThenProperty: a PagePromise is a thenable by design.
    then: (onfulfilled, onrejected) => firstPage().then(onfulfilled, onrejected),
    catch: (onrejected) => firstPage().catch(onrejected),
    finally: (onfinally) => firstPage().finally(onfinally),
    [Symbol.toStringTag]: 'PagePromise',
    async *[Symbol.asyncIterator]() {
      let seen = 0
      for (let page = start; ; page++) {
        const { data, total } = await (page === start ? firstPage() : fetchPage(page))
        yield* data
        seen += data.length
        // files' `total` may be null (contract §11.6): then only a short page ends the list.
        if (data.length < size || (total != null && start * size + seen >= total)) return
      }
    },
  }
}
