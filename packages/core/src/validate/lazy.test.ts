import { describe, expect, it } from 'vitest'
import { validateBatchInput as lazyValidate } from './lazy'
import { validateBatchInput } from './validate-input'

const chat = '/v1/chat/completions'
const text = `${JSON.stringify({ custom_id: 'a', body: { messages: 'nope' } })}\nnot json\n`

describe('validateBatchInput (the public, lazily loaded entry point)', () => {
  it('gives the same report as the validator it loads', async () => {
    const report = await lazyValidate(text, { endpoint: chat })
    expect(report.ok).toBe(false)
    expect(report).toEqual(await validateBatchInput(text, { endpoint: chat }))
  })

  it('without options, runs the checks that need no endpoint', async () => {
    const report = await lazyValidate(text)
    expect(report.issues.map((issue) => issue.line)).toEqual([2])
  })
})
