import { ApiError, createClient, isApiError } from '@mistral-batch/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../helpers/emulator-server'
import { expectInputError, rejection } from '../helpers/expect-error'

// Ids that look like paths must reach the server as ONE encoded path segment of the route that was
// called, never as another route: checked on what the real server received.
let server: RunningEmulator
beforeAll(async () => {
  server = await startEmulator()
})
afterAll(() => server.close())
const client = () => createClient({ baseURL: server.url, retry: false })

describe('path-like ids over the wire', () => {
  it.each([
    ['../files', '/v1/batch/jobs/..%2Ffiles'],
    ['../../v1/files', '/v1/batch/jobs/..%2F..%2Fv1%2Ffiles'],
    ['a/b?c#d', '/v1/batch/jobs/a%2Fb%3Fc%23d'],
    ['%2e%2e', '/v1/batch/jobs/%252e%252e'],
    ['not-a-uuid', '/v1/batch/jobs/not-a-uuid'],
  ])('jobs.get(%j) is a 404 for that id, sent as %s', async (id, path) => {
    server.seen.length = 0
    const error = await rejection(client().batch.jobs.get(id))
    expect(isApiError(error)).toBe(true)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
    expect((error as ApiError).message).toMatch(/^\[GET\] ".*": 404/)
    expect(server.seen.map((s) => `${s.method} ${s.path}${s.search}`)).toEqual([`GET ${path}`])
  })

  it('files.download("../batch/jobs") stays on the files content route', async () => {
    server.seen.length = 0
    const error = await rejection(client().files.download('../batch/jobs'))
    expect((error as ApiError).status).toBe(404)
    expect(server.seen.map((s) => s.path)).toEqual(['/v1/files/..%2Fbatch%2Fjobs/content'])
  })

  // "." and ".." are dot segments: the URL parser would resolve /v1/batch/jobs/.. to /v1/batch/, and
  // /v1/batch/jobs/./cancel to /v1/batch/jobs/cancel, so they can never be sent as an id.
  it.each([
    ['.', 'job_id'],
    ['..', 'job_id'],
  ])('jobs.get and cancel refuse the dot segment %j before sending', async (id, field) => {
    server.seen.length = 0
    const message = new RegExp(`^${field} must not be "\\." or "\\.\\."`)
    await expectInputError(client().batch.jobs.get(id), { message, path: field })
    await expectInputError(client().batch.jobs.cancel(id), { message, path: field })
    await expectInputError(client().batch.jobs.delete(id), { message, path: field })
    expect(server.seen).toEqual([])
  })

  it.each(['.', '..'])('files.get and delete refuse the dot segment %j before sending', async (id) => {
    server.seen.length = 0
    const message = /^file_id must not be "\." or "\.\."/
    await expectInputError(client().files.get(id), { message, path: 'file_id' })
    await expectInputError(client().files.delete(id), { message, path: 'file_id' })
    expect(server.seen).toEqual([])
  })
})
