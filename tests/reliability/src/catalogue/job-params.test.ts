import { type CreateJobParams, createClient } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { countingFetch } from '../helpers/counting-fetch'
import { expectInputError } from '../helpers/expect-error'
import { chatRequests } from '../helpers/requests'

// Job parameters the contract constrains (§3.1, §9, §11.3): each is refused before anything is sent.
function setup() {
  const { fetch, calls } = countingFetch()
  return { client: createClient({ baseURL: 'http://api.invalid', fetch, retry: false }), calls }
}
const base: CreateJobParams = { endpoint: '/v1/chat/completions', model: 'mistral-small-latest' }
const one = chatRequests('p', 1)

describe('bad job parameters: InputValidationError naming the field, nothing sent', () => {
  it('refuses more than 10,000 inline requests', async () => {
    const { client, calls } = setup()
    const work = client.batch.jobs.create({ ...base, requests: chatRequests('r', 10_001) })
    await expectInputError(work, { message: /^requests must be at most 10,000/, path: 'requests' })
    expect(calls).toHaveLength(0)
  })

  it('batch.run with inline: true refuses 10,001 requests too', async () => {
    const { client, calls } = setup()
    const work = client.batch.run(chatRequests('r', 10_001), { ...base, inline: true })
    await expectInputError(work, { message: /requests must be at most 10,000/, path: 'requests' })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['inline', true],
    ['upload', false],
  ])('batch.run with validate refuses a bad body on the %s path, naming its line', async (_, inline) => {
    const { client, calls } = setup()
    const requests = [...chatRequests('v', 2), { custom_id: 'bad', body: { model: 'm' } }]
    const work = client.batch.run(requests, { ...base, inline, validate: true })
    const message = /line 3: body\.messages is required for \/v1\/chat\/completions/
    await expectInputError(work, { message, path: 'body.messages', line: 3, custom_id: 'bad' })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['both input_files and requests', { input_files: ['f'], requests: one }],
    ['neither input_files nor requests', {}],
  ])('refuses %s', async (_, sources) => {
    const { client, calls } = setup()
    const work = client.batch.jobs.create({ ...base, ...sources })
    await expectInputError(work, {
      message: /input_files or requests: give exactly one/,
      path: 'input_files',
    })
    expect(calls).toHaveLength(0)
  })

  it.each([0, 169, 1.5, -1])('refuses timeout_hours %s (an integer 1-168)', async (hours) => {
    const { client, calls } = setup()
    const work = client.batch.jobs.create({ ...base, requests: one, timeout_hours: hours })
    await expectInputError(work, { message: /timeout_hours must be an integer 1-168/, path: 'timeout_hours' })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['a key over 32 characters', 'k'.repeat(33), 'v'],
    ['a value over 512 characters', 'team', 'v'.repeat(513)],
    ['an empty value', 'team', ''],
    ['an empty key', '', 'v'],
  ])('refuses metadata with %s', async (_, key, value) => {
    const { client, calls } = setup()
    const work = client.batch.jobs.create({ ...base, requests: one, metadata: { [key]: value } })
    const message = /needs a 1-32 char key and a 1-512 char string value/
    await expectInputError(work, { message, path: `metadata.${key}` })
    expect(calls).toHaveLength(0)
  })

  it('accepts metadata exactly at the limits (32-char key, 512-char value)', async () => {
    const { fetch, calls } = countingFetch(() => new Response('{}', { status: 500 }))
    const client = createClient({ baseURL: 'http://api.invalid', fetch, retry: false })
    const metadata = { ['k'.repeat(32)]: 'v'.repeat(512) }
    await client.batch.jobs.create({ ...base, requests: one, metadata }).catch(() => undefined)
    expect(calls).toHaveLength(1)
  })

  it('refuses an unknown endpoint', async () => {
    const { client, calls } = setup()
    const work = client.batch.jobs.create({ ...base, endpoint: '/v1/images' as '/v1/ocr', requests: one })
    await expectInputError(work, { message: /^endpoint is not one of API_ENDPOINTS/, path: 'endpoint' })
    expect(calls).toHaveLength(0)
  })
})

describe('bad ids: refused before sending, never a different route', () => {
  it.each([
    ['an empty job id', ''],
    ['a blank job id', '   '],
  ])('jobs.get refuses %s (it would hit the list route)', async (_, id) => {
    const { client, calls } = setup()
    await expectInputError(client.batch.jobs.get(id), {
      message: /^job_id must be a non-empty string/,
      path: 'job_id',
    })
    await expectInputError(client.batch.jobs.cancel(id), { message: /job_id/, path: 'job_id' })
    await expectInputError(client.batch.jobs.wait(id), { message: /job_id/, path: 'job_id' })
    expect(calls).toHaveLength(0)
  })

  it('files.get, download, delete and signedUrl refuse an empty file id', async () => {
    const { client, calls } = setup()
    for (const call of [
      client.files.get,
      client.files.download,
      client.files.delete,
      client.files.signedUrl,
    ]) {
      await expectInputError(call(''), { message: /^file_id must be a non-empty string/, path: 'file_id' })
    }
    expect(calls).toHaveLength(0)
  })
})
