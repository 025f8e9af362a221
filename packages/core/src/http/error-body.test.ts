import { describe, expect, it } from 'vitest'
import { toApiError } from './error-body'
import { parseErrorBody } from './parse-error-body'

describe('parseErrorBody', () => {
  it.each([
    [
      'the documented shape',
      '{"object":"error","message":"Unknown model","type":"invalid_request_error","param":"model","code":"unknown_model"}',
      { message: 'Unknown model', type: 'invalid_request_error', param: 'model', code: 'unknown_model' },
    ],
    [
      'capital Error and a numeric code',
      '{"object":"Error","message":"Input too large","type":"invalid_request_error","code":3051}',
      { message: 'Input too large', type: 'invalid_request_error', code: 3051 },
    ],
    [
      'detail as a string with an extra message',
      '{"detail":"Invalid file format.","message":"only jsonl is supported"}',
      { message: 'Invalid file format.: only jsonl is supported' },
    ],
    [
      'detail as a validation list',
      '{"detail":[{"type":"missing","loc":["body","model"],"msg":"Field required"},{"loc":["query","page"],"msg":"bad"}]}',
      { message: 'body.model: Field required; query.page: bad' },
    ],
    [
      'a gateway HTML page',
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      { message: '502 Bad Gateway' },
    ],
    ['plain text', 'upstream connect error', { message: 'upstream connect error' }],
  ])('reads %s', (_name, text, expected) => {
    expect(parseErrorBody(text)).toMatchObject(expected)
  })

  it('keeps a non-JSON body as the raw text', () => {
    expect(parseErrorBody('oops').body).toBe('oops')
  })
})

describe('toApiError', () => {
  it('names method, url and status, and takes request_id from the headers', async () => {
    const response = new Response(null, {
      status: 404,
      statusText: 'Not Found',
      headers: { 'x-request-id': 'req-9' },
    })
    const url = 'https://api.mistral.ai/v1/batch/jobs/x'
    const error = await toApiError(response, 'GET', url, '{"detail":"Not found"}')
    expect(error.message).toBe(`[GET] "${url}": 404 Not Found Not found`)
    expect(error).toMatchObject({
      status: 404,
      method: 'GET',
      url,
      request_id: 'req-9',
      body: { detail: 'Not found' },
    })
  })
})
