import { toJsonl, validateBatchInput } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { composeRequests, EXAMPLE_ROWS } from './compose'

describe('composeRequests', () => {
  it('makes one chat request per non-empty row, custom_id naming the row', () => {
    const requests = composeRequests('first\n\n  second  \n', '/v1/chat/completions', {
      system: 'Be brief.',
      max_tokens: 64,
    })
    expect(requests).toEqual([
      {
        custom_id: 'row-1',
        body: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'first' },
          ],
          max_tokens: 64,
        },
      },
      {
        custom_id: 'row-3',
        body: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'second' },
          ],
          max_tokens: 64,
        },
      },
    ])
  })
  it('makes embeddings requests with the text as input', () => {
    expect(composeRequests('a text', '/v1/embeddings')).toEqual([
      { custom_id: 'row-1', body: { input: ['a text'] } },
    ])
  })
  it('produces input that passes validateBatchInput for both endpoints', async () => {
    for (const endpoint of ['/v1/chat/completions', '/v1/embeddings'] as const) {
      const jsonl = toJsonl(composeRequests(EXAMPLE_ROWS[endpoint], endpoint))
      const report = await validateBatchInput(jsonl, { endpoint })
      expect(report.issues).toEqual([])
      expect(report.count).toBeGreaterThan(10)
    }
  })
})
