import { describe, expect, it } from 'vitest'
import { validateBatchInput } from './validate-input'

const chat = '/v1/chat/completions'
const body = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Best French cheese?' }] }
const line = (custom_id: string, b: unknown = body) => JSON.stringify({ custom_id, body: b })
const jsonl = (...lines: string[]) => `${lines.join('\n')}\n`

describe('validateBatchInput', () => {
  it('accepts a valid file and reports its count and size in bytes', async () => {
    const text = jsonl(line('a'), '', line('b'), line('ü'))
    const report = await validateBatchInput(text, { endpoint: chat })
    expect(report).toEqual({
      ok: true,
      count: 3,
      issues: [],
      total_issues: 0,
      bytes: new TextEncoder().encode(text).length,
    })
  })

  it('reports a line that is not JSON, by its 1-based line number', async () => {
    const report = await validateBatchInput(jsonl(line('a'), '', '{"custom_id": "b", "body": {'), {
      endpoint: chat,
    })
    expect(report.ok).toBe(false)
    expect(report.issues).toEqual([
      { line: 3, path: '', message: expect.stringMatching(/^Not valid JSON: .+/), severity: 'error' },
    ])
  })

  it('reports a line that is JSON but not an object', async () => {
    const report = await validateBatchInput(jsonl(line('a'), '[1, 2]'), { endpoint: chat })
    expect(report.issues).toEqual([
      {
        line: 2,
        path: '',
        message: 'Each line must be a JSON object like {"custom_id": "1", "body": {…}}, not an array',
        severity: 'error',
      },
    ])
  })

  it('reports a missing body', async () => {
    const report = await validateBatchInput(jsonl('{"custom_id": "x"}'), { endpoint: chat })
    expect(report.issues).toEqual([
      {
        line: 1,
        custom_id: 'x',
        path: 'body',
        message: 'body is missing: each line needs the request body object',
        severity: 'error',
      },
    ])
  })

  it('reports a body that is not an object', async () => {
    const report = await validateBatchInput(jsonl(line('x', 'hello')), { endpoint: chat })
    expect(report.issues).toEqual([
      {
        line: 1,
        custom_id: 'x',
        path: 'body',
        message: 'body must be an object, not a string',
        severity: 'error',
      },
    ])
  })

  it('reports a custom_id that is not a string, and accepts null', async () => {
    const text = jsonl(JSON.stringify({ custom_id: 7, body }), JSON.stringify({ custom_id: null, body }))
    const report = await validateBatchInput(text, { endpoint: chat })
    expect(report.issues).toEqual([
      { line: 1, path: 'custom_id', message: 'custom_id must be a string, not a number', severity: 'error' },
    ])
  })

  it('reports a duplicate custom_id with the line it was first seen on', async () => {
    const report = await validateBatchInput(jsonl(line('w'), line('x'), line('y'), line('x')), {
      endpoint: chat,
    })
    expect(report.issues).toEqual([
      {
        line: 4,
        custom_id: 'x',
        path: 'custom_id',
        message: 'duplicate custom_id "x" (first seen on line 2)',
        severity: 'error',
      },
    ])
  })

  it("reports the body's shape for the endpoint, with the line's custom_id", async () => {
    const bad = { messages: [{ role: 'usr', content: 'hi' }] }
    const report = await validateBatchInput(jsonl(line('a'), line('b', bad)), { endpoint: chat })
    expect(report.issues).toEqual([
      {
        line: 2,
        custom_id: 'b',
        path: 'body.messages.0.role',
        message: 'body.messages.0.role must be "system" or "user" or "assistant" or "tool", not "usr"',
        severity: 'error',
      },
    ])
  })

  it('warns when a body names another model than the job, without failing', async () => {
    const other = { ...body, model: 'mistral-large-latest' }
    const report = await validateBatchInput(jsonl(line('a'), line('b', other)), {
      endpoint: chat,
      model: body.model,
    })
    expect(report.ok).toBe(true)
    expect(report.issues).toEqual([
      {
        line: 2,
        custom_id: 'b',
        path: 'body.model',
        message: 'body.model "mistral-large-latest" differs from the job\'s model "mistral-small-latest"',
        severity: 'warning',
      },
    ])
  })

  it('warns about OpenAI-style fields that a Mistral line does not have', async () => {
    const text = jsonl(JSON.stringify({ custom_id: 'a', method: 'POST', body }))
    const report = await validateBatchInput(text, { endpoint: chat })
    expect(report.ok).toBe(true)
    expect(report.issues).toEqual([
      {
        line: 1,
        custom_id: 'a',
        path: 'method',
        message: expect.stringContaining('"method" is not part'),
        severity: 'warning',
      },
    ])
  })

  it('reports an empty file (blank lines only)', async () => {
    const report = await validateBatchInput('\n  \n', { endpoint: chat })
    expect(report).toMatchObject({ ok: false, count: 0, total_issues: 1 })
    expect(report.issues).toEqual([
      { path: '', message: expect.stringMatching(/^The input has no requests/), severity: 'error' },
    ])
  })

  it('reports an unknown endpoint once, and still checks the lines', async () => {
    const report = await validateBatchInput(jsonl(line('a'), line('a'), '{'), { endpoint: '/v1/chat' })
    expect(report.issues.map((i) => [i.line, i.path])).toEqual([
      [undefined, 'endpoint'],
      [2, 'custom_id'],
      [3, ''],
    ])
    expect(report.issues[0]?.message).toMatch(/^Unknown endpoint "\/v1\/chat"/)
  })

  it('keeps the first maxIssues issues and counts them all', async () => {
    const lines = Array.from({ length: 50 }, () => 'not json')
    const report = await validateBatchInput(jsonl(...lines), { endpoint: chat, maxIssues: 10 })
    expect(report.issues).toHaveLength(10)
    expect(report.issues.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(report.total_issues).toBe(50)
    expect(report.ok).toBe(false)
  })

  it('keeps ok false when only capped-away issues are errors', async () => {
    const other = { ...body, model: 'other' }
    const text = jsonl(line('a', other), line('b', other), 'not json')
    const report = await validateBatchInput(text, { endpoint: chat, model: body.model, maxIssues: 2 })
    expect(report.issues.every((i) => i.severity === 'warning')).toBe(true)
    expect(report).toMatchObject({ ok: false, total_issues: 3 })
  })

  it('reports a file over the size limit (injected limit)', async () => {
    const text = jsonl(line('a'), line('b'))
    const report = await validateBatchInput(text, { endpoint: chat, maxBytes: 100 })
    expect(report.ok).toBe(false)
    expect(report.issues).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^The input is 0\.0 MB, over the 0\.0 MB limit/),
        severity: 'error',
      },
    ])
  })

  it('reports a file over the request-count limit (injected limit)', async () => {
    const report = await validateBatchInput(jsonl(line('a'), line('b'), line('c')), {
      endpoint: chat,
      maxRequests: 2,
    })
    expect(report.issues).toEqual([
      {
        path: '',
        message: 'The input has 3 requests, over the 2 limit of a batch; split it into several jobs',
        severity: 'error',
      },
    ])
  })

  it('without an endpoint, runs every check but the body shape', async () => {
    const noMessages = { model: 'm' }
    const report = await validateBatchInput(jsonl(line('a', noMessages), line('a', noMessages), '[]'))
    expect(report.ok).toBe(false)
    expect(report.issues.map((issue) => [issue.line, issue.path])).toEqual([
      [2, 'custom_id'],
      [3, ''],
    ])
  })

  it('without an endpoint, accepts bodies of any shape', async () => {
    const report = await validateBatchInput(jsonl(line('a', { anything: 1 })), {})
    expect(report).toMatchObject({ ok: true, count: 1, issues: [] })
  })
})
