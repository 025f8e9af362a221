import { describe, expect, it } from 'vitest'
import { previewBody, previewError } from './result-preview'

describe('previewBody', () => {
  it('shows the answer of a chat completion, flattened and clipped', () => {
    const body = {
      choices: [{ message: { role: 'assistant', content: `Hello\n  world ${'x'.repeat(300)}` } }],
    }
    const preview = previewBody(body)
    expect(preview.startsWith('Hello world x')).toBe(true)
    expect(preview.length).toBe(160)
    expect(preview.endsWith('…')).toBe(true)
  })
  it('joins content chunks', () => {
    expect(
      previewBody({ choices: [{ message: { content: [{ type: 'text', text: 'a' }, { text: 'b' }] } }] }),
    ).toBe('a b')
  })
  it('summarises an embedding by its size and first values', () => {
    expect(previewBody({ data: [{ embedding: [0.1, -0.25, 0.5, 0.75] }] })).toBe(
      'embedding · 4 dims · [0.1000, -0.2500, 0.5000, …]',
    )
  })
  it('falls back to JSON for other bodies', () => {
    expect(previewBody({ foo: 1 })).toBe('{"foo":1}')
  })
})

describe('previewError', () => {
  it('prefers the error message, then the response status', () => {
    expect(previewError({ custom_id: 'a', ok: false, error: { message: 'Bad body' } })).toBe('Bad body')
    expect(previewError({ custom_id: 'a', ok: false, error: 'plain' })).toBe('plain')
    expect(
      previewError({
        custom_id: 'a',
        ok: false,
        response: { status_code: 422, body: { message: 'Invalid model' } },
      }),
    ).toBe('HTTP 422: Invalid model')
    expect(previewError({ custom_id: 'a', ok: false })).toBe('No response')
  })
})
