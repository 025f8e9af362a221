import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import { API_ENDPOINTS } from '../schemas/enums'
import { validateRequestBody } from './request-body'

const user = { role: 'user', content: 'What is the best French cheese?' }

/** For each endpoint: a valid body (as in the contract's examples), an invalid one, and the issue it gives. */
const cases: [endpoint: string, valid: object, invalid: unknown, path: string, message: string][] = [
  [
    '/v1/chat/completions',
    { model: 'mistral-small-latest', max_tokens: 100, messages: [user], future_field: { x: 1 } },
    { messages: [{ role: 'usr', content: 'hi' }] },
    'body.messages.0.role',
    'body.messages.0.role must be "system" or "user" or "assistant" or "tool", not "usr"',
  ],
  [
    '/v1/embeddings',
    { model: 'mistral-embed', input: ['a', 'b'] },
    { model: 'mistral-embed' },
    'body.input',
    'body.input is required for /v1/embeddings',
  ],
  [
    '/v1/fim/completions',
    { model: 'codestral-latest', prompt: 'def f(', suffix: 'return 1' },
    { prompt: 42 },
    'body.prompt',
    'body.prompt must be a string, not 42',
  ],
  [
    '/v1/moderations',
    { model: 'mistral-moderation-latest', input: 'text' },
    { input: { text: 'x' } },
    'body.input',
    'body.input must be a string or an array, not an object',
  ],
  [
    '/v1/chat/moderations',
    { model: 'mistral-moderation-latest', input: [[user], [user, { role: 'assistant', content: 'Comté' }]] },
    { input: 'not messages' },
    'body.input',
    'body.input must be an array, not "not messages"',
  ],
  [
    '/v1/ocr',
    { model: 'mistral-ocr-latest', document: { type: 'document_url', document_url: 'https://x/y.pdf' } },
    { document: { type: 'document_url', url: 'https://x/y.pdf' } },
    'body.document',
    'body.document needs a document_url, an image_url or a file_id',
  ],
  [
    '/v1/classifications',
    { model: 'ft:classifier', input: ['a'] },
    { input: ['a', 2] },
    'body.input.1',
    'body.input.1 must be a string, not 2',
  ],
  [
    '/v1/chat/classifications',
    { model: 'ft:classifier', input: [{ messages: [user] }] },
    { input: { messages: 'hello' } },
    'body.input.messages',
    'body.input.messages must be an array, not "hello"',
  ],
  [
    '/v1/conversations',
    { model: 'mistral-medium-latest', inputs: 'Hello', store: false },
    { model: 'mistral-medium-latest' },
    'body.inputs',
    'body.inputs is required for /v1/conversations',
  ],
  [
    '/v1/audio/transcriptions',
    { model: 'voxtral-mini-latest', file_url: 'https://x/a.mp3', language: 'en' },
    { model: 'voxtral-mini-latest', language: 'en' },
    'body',
    'body needs a file_url or a file_id',
  ],
]

describe('validateRequestBody', () => {
  it('covers every endpoint of contract §4', () => {
    expect(cases.map(([endpoint]) => endpoint).sort()).toEqual([...API_ENDPOINTS].sort())
  })

  it.each(cases)('accepts a valid %s body', (endpoint, valid) => {
    expect(validateRequestBody(endpoint, valid)).toEqual([])
  })

  it.each(cases)(
    'rejects an invalid %s body with its path and message',
    (endpoint, _valid, invalid, path, message) => {
      expect(validateRequestBody(endpoint, invalid)).toEqual([{ path, message, severity: 'error' }])
    },
  )

  it('lets model be absent, since the job may name it (contract §6)', () => {
    expect(validateRequestBody('/v1/chat/completions', { messages: [user] })).toEqual([])
  })

  it('reports a body that is not an object at path body', () => {
    expect(validateRequestBody('/v1/embeddings', ['x'])).toEqual([
      { path: 'body', message: 'body must be an object, not an array', severity: 'error' },
    ])
  })

  it('reports every problem of one body', () => {
    const issues = validateRequestBody('/v1/chat/completions', {
      messages: [{ content: 'x' }],
      temperature: 'hot',
    })
    expect(issues.map((i) => i.path)).toEqual(['body.messages.0.role', 'body.temperature'])
    expect(issues[0]?.message).toBe('body.messages.0.role is required for /v1/chat/completions')
  })

  it('gives one issue with path endpoint for an unknown endpoint', () => {
    const issues = validateRequestBody('/v1/chat/completion', { messages: [] })
    expect(issues).toHaveLength(1)
    expect(issues[0]?.path).toBe('endpoint')
    expect(issues[0]?.message).toMatch(
      /^Unknown endpoint "\/v1\/chat\/completion": a batch job can target \/v1\/chat\/completions, /,
    )
  })

  it('does not take Object.prototype keys for endpoints', () => {
    expect(validateRequestBody('constructor', {})[0]?.path).toBe('endpoint')
  })
})

/** For each endpoint: a body missing one required field (else valid), and the issue it must give. */
const missing: [endpoint: string, body: object, path: string, message: string][] = [
  [
    '/v1/chat/completions',
    { model: 'm' },
    'body.messages',
    'body.messages is required for /v1/chat/completions',
  ],
  [
    '/v1/chat/completions',
    { messages: [{ content: 'x' }] },
    'body.messages.0.role',
    'body.messages.0.role is required for /v1/chat/completions',
  ],
  ['/v1/embeddings', { model: 'mistral-embed' }, 'body.input', 'body.input is required for /v1/embeddings'],
  [
    '/v1/fim/completions',
    { model: 'codestral-latest', suffix: 'x' },
    'body.prompt',
    'body.prompt is required for /v1/fim/completions',
  ],
  ['/v1/moderations', { model: 'm' }, 'body.input', 'body.input is required for /v1/moderations'],
  ['/v1/chat/moderations', { model: 'm' }, 'body.input', 'body.input is required for /v1/chat/moderations'],
  ['/v1/ocr', { model: 'mistral-ocr-latest' }, 'body.document', 'body.document is required for /v1/ocr'],
  ['/v1/classifications', { model: 'm' }, 'body.input', 'body.input is required for /v1/classifications'],
  [
    '/v1/chat/classifications',
    { model: 'm' },
    'body.input',
    'body.input is required for /v1/chat/classifications',
  ],
  [
    '/v1/chat/classifications',
    { input: {} },
    'body.input.messages',
    'body.input.messages is required for /v1/chat/classifications',
  ],
  [
    '/v1/conversations',
    { model: 'm', store: false },
    'body.inputs',
    'body.inputs is required for /v1/conversations',
  ],
  [
    '/v1/audio/transcriptions',
    { model: 'voxtral-mini-latest' },
    'body',
    'body needs a file_url or a file_id',
  ],
]

describe('validateRequestBody: a required field missing', () => {
  it('has a case for every endpoint', () => {
    expect(new Set(missing.map(([endpoint]) => endpoint))).toEqual(new Set(API_ENDPOINTS))
  })

  it.each(missing)('rejects a %s body without its required field', (endpoint, body, path, message) => {
    expect(validateRequestBody(endpoint, body)).toEqual([{ path, message, severity: 'error' }])
  })
})

describe('validateRequestBody and valibot settings', () => {
  afterEach(() => {
    v.deleteGlobalMessage()
    v.deleteGlobalConfig()
  })

  it('gives the same issues whatever global message or language the app sets in valibot', () => {
    const before = cases.map(([endpoint, , invalid]) => validateRequestBody(endpoint, invalid))
    const required = validateRequestBody('/v1/fim/completions', {})
    v.setGlobalMessage(() => 'Ungültige Eingabe')
    v.setGlobalConfig({ lang: 'de' })
    expect(cases.map(([endpoint, , invalid]) => validateRequestBody(endpoint, invalid))).toEqual(before)
    expect(validateRequestBody('/v1/fim/completions', {})).toEqual(required)
    expect(JSON.stringify(before)).not.toContain('Ungültige')
  })
})
