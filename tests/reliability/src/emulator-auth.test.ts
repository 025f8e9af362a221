import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from './helpers/emulator-server'
import { SECRET_KEY } from './helpers/requests'

// Contract §10's generic error shape, with type authentication_error.
const UNAUTHORIZED = {
  object: 'error',
  message: 'Unauthorized',
  type: 'authentication_error',
  param: null,
  code: 'unauthorized',
}

let server: RunningEmulator
beforeAll(async () => {
  server = await startEmulator({ apiKey: SECRET_KEY })
})
afterAll(() => server.close())

const createBody = JSON.stringify({ endpoint: '/v1/ocr', requests: [{ custom_id: 'a', body: {} }] })
const ROUTES: [string, string, string?][] = [
  ['GET', '/v1/batch/jobs'],
  ['POST', '/v1/batch/jobs', createBody],
  ['GET', '/v1/batch/jobs/00000000-0000-4000-8000-000000000000'],
  ['POST', '/v1/batch/jobs/00000000-0000-4000-8000-000000000000/cancel'],
  ['GET', '/v1/files'],
  ['GET', '/v1/files/00000000-0000-4000-8000-000000000000/content'],
  ['DELETE', '/v1/files/00000000-0000-4000-8000-000000000000'],
]

describe('the emulator with apiKey set', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong key', 'Bearer sk-wrong'],
    ['the right key without "Bearer "', SECRET_KEY],
    ['the right key with another scheme', `Basic ${SECRET_KEY}`],
    ['an empty bearer', 'Bearer '],
  ])(
    'rejects %s with 401 and the contract body on every route, changing nothing',
    async (_, authorization) => {
      for (const [method, path, body] of ROUTES) {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (authorization !== undefined) headers.authorization = authorization
        const response = await fetch(`${server.url}${path}`, { method, headers, ...(body ? { body } : {}) })
        expect(response.status, `${method} ${path}`).toBe(401)
        expect(response.headers.get('content-type')).toMatch(/^application\/json/)
        expect(await response.json()).toEqual(UNAUTHORIZED)
      }
      expect(server.emulator.state).toMatchObject({ jobs: 0, files: 0 })
    },
  )

  it('accepts the right key', async () => {
    const response = await fetch(`${server.url}/v1/batch/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
      body: createBody,
    })
    expect(response.status).toBe(200)
    expect(server.emulator.state.jobs).toBe(1)
  })
})
