/** Rows are handed over in groups this size while a page streams, so a slow download still shows progress. */
const FLUSH_EVERY = 10

/**
 * Reads at most `size` items from `iterator`, handing them to `onRows` as they arrive. Resolves 'more'
 * when the page is full (the iterator is left paused, so nothing past the page is read or held), 'done'
 * at the end, or 'stopped' as soon as `stopped()` turns true (an unmount or a new job).
 */
export async function readPage<T>(
  iterator: AsyncIterator<T>,
  size: number,
  onRows: (rows: readonly T[]) => void,
  stopped: () => boolean,
): Promise<'more' | 'done' | 'stopped'> {
  let batch: T[] = []
  const flush = () => {
    if (batch.length > 0) onRows(batch)
    batch = []
  }
  for (let n = 0; n < size; n++) {
    const next = await iterator.next()
    if (stopped()) return 'stopped'
    if (next.done) {
      flush()
      return 'done'
    }
    batch.push(next.value)
    if (batch.length >= FLUSH_EVERY) flush()
  }
  flush()
  return 'more'
}
