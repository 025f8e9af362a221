import { kit } from './kit-slot'

/** A shard: bytes `[start, end)` of the input, holding `requests` request lines. */
export interface ShardRange {
  index: number
  start: number
  end: number
  requests: number
}

/**
 * Cuts request lines into shards, greedily and deterministically: a line joins the current shard unless
 * that would pass `maxRequests` lines or `maxBytes` bytes (counted from the shard's first request line to
 * the end of this one, terminators included). Blank lines between requests travel with the shard; blank
 * lines before a shard's first request and after its last are left out, so no shard is only blank.
 * `line` returns the shard it closed, if any; `finish` the last one. A single line over `maxBytes` can fit
 * no shard: that is an InputValidationError naming `maxBytesPerFile` and the line.
 */
export function createSharder(maxRequests: number, maxBytes: number) {
  let index = 0
  let start = 0
  let end = 0
  let requests = 0
  const close = (): ShardRange => ({ index: index++, start, end, requests })
  return {
    line(lineStart: number, lineEnd: number, blank: boolean, line: number): ShardRange | undefined {
      if (blank) return undefined
      if (lineEnd - lineStart > maxBytes) {
        const message = `line ${line} is ${lineEnd - lineStart} bytes, longer than maxBytesPerFile (${maxBytes}): it fits no shard`
        throw new (kit().InputValidationError)(message, [{ line, path: 'maxBytesPerFile', message }])
      }
      let closed: ShardRange | undefined
      if (requests > 0 && (requests + 1 > maxRequests || lineEnd - start > maxBytes)) {
        closed = close()
        requests = 0
      }
      if (requests === 0) start = lineStart
      requests++
      end = lineEnd
      return closed
    },
    finish(): ShardRange | undefined {
      if (requests === 0) return undefined
      const last = close()
      requests = 0
      return last
    },
  }
}
