import { describe, expect, it } from 'vitest'
import { validateLine } from './validate-line'

describe('validateLine', () => {
  it('passes a valid chat body', () => {
    expect(
      validateLine('/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'x' }] }),
    ).toEqual([])
  })

  it('reports a missing required field with a body. path', () => {
    const issues = validateLine('/v1/embeddings', { model: 'mistral-embed' })
    expect(issues.map((issue) => issue.path)).toContain('body.input')
  })

  it('reports a wrong type', () => {
    const issues = validateLine('/v1/fim/completions', { model: 'm', prompt: 42 })
    expect(issues[0]?.path).toBe('body.prompt')
  })

  it('requires model when neither body nor job set it, except for conversations', () => {
    expect(
      validateLine('/v1/ocr', { document: { type: 'document_url', document_url: 'https://x.test/a.pdf' } }),
    ).toContainEqual(expect.objectContaining({ path: 'body.model' }))
    expect(validateLine('/v1/conversations', { inputs: 'hi', agent_id: 'a' })).toEqual([])
  })
})
