import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeFetch, job, json } from '../test/helpers/fake-fetch'

// The setup file preloads the calls for every other test; these take a fresh copy of the modules, so the
// calls' chunk really is cold, as it is in an app's first call.
const fresh = async () => {
  vi.resetModules()
  return import('./client')
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the calls load on first use', () => {
  it('a cold first call loads them and sends its request, once', async () => {
    const { createClient } = await fresh()
    const fake = fakeFetch(json(job({ id: 'j' })), json(job({ id: 'j' })))
    const client = createClient({ apiKey: 'k', fetch: fake.fetch })
    // Two calls racing the same cold load: one load, each call its own request.
    const [a, b] = await Promise.all([client.batch.jobs.get('j'), client.batch.jobs.get('j')])
    expect([a.id, b.id, fake.calls.length]).toEqual(['j', 'j', 2])
  })

  it('a cold observer sends its first poll once the load is done, with no tick of its own', async () => {
    const { createClient } = await fresh()
    const fake = fakeFetch(json(job({ status: 'RUNNING' })))
    vi.useFakeTimers()
    const off = createClient({ apiKey: 'k', fetch: fake.fetch })
      .batch.jobs.observe('j')
      .subscribe(() => {})
    // The import is real I/O, which a fake tick may not see finish (hence preloadClient in tests); the
    // poll itself needs no timer, so it goes out as soon as the load is done.
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1))
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.calls).toHaveLength(1)
    off()
  })

  it('after preloadClient, the first poll goes out within the first fake tick', async () => {
    const { createClient, preloadClient } = await fresh()
    await preloadClient()
    const fake = fakeFetch(json(job({ status: 'RUNNING' })))
    vi.useFakeTimers()
    const off = createClient({ apiKey: 'k', fetch: fake.fetch })
      .batch.jobs.observe('j')
      .subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.calls).toHaveLength(1)
    off()
  })

  it('preloadClient also loads what groups use, so their first poll goes out within the first fake tick', async () => {
    const { createClient, preloadClient } = await fresh()
    await preloadClient()
    const fake = fakeFetch(json({ data: [], object: 'list', total: 0 }))
    vi.useFakeTimers()
    const client = createClient({ apiKey: 'k', fetch: fake.fetch })
    const off = client.batch.groups.observe('g1').subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.calls.map((c) => new URL(c.url).pathname)).toEqual(['/v1/batch/jobs'])
    off()
  })

  it('bad options still throw at createClient, before anything loads', async () => {
    const { createClient } = await fresh()
    expect(() => createClient({ timeoutMs: Number.NaN })).toThrow(/timeoutMs/)
  })
})
