import { createClient, InputValidationError } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { emulatorBackend } from '../test/emulator'
import { describeError } from './describe-error'

describe('describeError', () => {
  it('names a rejected key and says where to fix it', async () => {
    const { client } = emulatorBackend({ apiKey: 'right' }, 'wrong')
    const error = await client.batch.jobs.list().catch((e: unknown) => e)
    expect(describeError(error)).toMatchObject({
      title: 'The API key was rejected (401)',
      hint: expect.stringMatching(/MISTRAL_API_KEY/),
    })
  })
  it('tells a network failure apart from an API error', async () => {
    const client = createClient({
      baseURL: 'http://down.local',
      retry: false,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    const error = await client.batch.jobs.list().catch((e: unknown) => e)
    expect(describeError(error).title).toBe('Cannot reach the server')
  })
  it('carries validation issues through', () => {
    const issues = [{ line: 2, path: '', message: 'Line 2 is not valid JSON' }]
    expect(describeError(new InputValidationError('Invalid input', issues))).toMatchObject({
      title: 'The input is not valid',
      issues,
    })
  })
  it('still says something for anything else thrown', () => {
    expect(describeError('boom')).toEqual({ title: 'Something went wrong', detail: 'boom' })
  })
})
