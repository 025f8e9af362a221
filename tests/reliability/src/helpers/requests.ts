import type { BatchRequest } from '@mistral-batch/core'

/** `count` valid chat requests whose custom_ids are `<prefix>-0` … `<prefix>-<count-1>`. */
export function chatRequests(prefix: string, count: number): BatchRequest[] {
  return Array.from({ length: count }, (_, i) => ({
    custom_id: `${prefix}-${i}`,
    body: { messages: [{ role: 'user', content: `question ${i} of ${prefix}` }], max_tokens: 8 },
  }))
}

/** A distinctive key: if any of it shows up in an error, a test can see it. */
export const SECRET_KEY = 'sk-reliability-7f3a9c1e5b2d4a6f8e0c'
