import { describe, expect, it } from 'vitest'
import { BASE, chatLine, setup } from '../test/helpers'
import { createEmulator, type FaultOptions, isEmulatedReset } from '.'

const list = (emulator: ReturnType<typeof createEmulator>) =>
  emulator.fetch(new Request(`${BASE}/v1/batch/jobs`))

async function outcomes(seed: number, faults: FaultOptions | undefined, n = 40) {
  const emulator = createEmulator({ seed, ...(faults && { faults }) })
  const seen: (number | string)[] = []
  for (let i = 0; i < n; i++) {
    try {
      seen.push((await list(emulator)).status)
    } catch (error) {
      seen.push(isEmulatedReset(error) ? `reset-${error.phase}` : 'other')
    }
  }
  return { seen, emulator }
}

describe('faults', () => {
  it('injects 5xx, 429 and resets in the same sequence under the same seed', async () => {
    const faults = { errorRate: 0.2, rateLimitRate: 0.2, resetRate: 0.1 }
    const a = await outcomes(11, faults)
    const b = await outcomes(11, faults)
    const c = await outcomes(12, faults)
    expect(a.seen).toEqual(b.seen)
    expect(a.seen).not.toEqual(c.seen)
    expect(a.seen).toContain(200)
    expect(a.seen).toContain(429)
    expect(a.seen.some((s) => s === 500 || s === 502 || s === 503)).toBe(true)
    expect(a.seen).toContain('reset-before')
    const { faults: counts } = a.emulator.state
    expect(counts.errors + counts.rateLimits + counts.resets).toBe(a.seen.filter((s) => s !== 200).length)
  })

  it('sends Retry-After with a rate_limit_error body on 429', async () => {
    const emulator = createEmulator({ seed: 1, faults: { rateLimitRate: 1, retryAfterSeconds: 7 } })
    const response = await list(emulator)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(await response.json()).toMatchObject({ object: 'error', type: 'rate_limit_error' })
  })

  it('sends JSON, HTML and plain-text 5xx bodies', async () => {
    const emulator = createEmulator({ seed: 3, faults: { errorRate: 1 } })
    const types = new Set<string>()
    for (let i = 0; i < 30; i++) types.add((await list(emulator)).headers.get('content-type') ?? '')
    expect([...types].sort()).toEqual(['application/json', 'text/html', 'text/plain'])
  })

  it('does nothing on a reset before the handler, and acts on a reset after it', async () => {
    const before = createEmulator({ seed: 1, faults: { resetRate: 1 } })
    const create = (emulator: ReturnType<typeof createEmulator>) =>
      emulator.fetch(
        new Request(`${BASE}/v1/batch/jobs`, {
          method: 'POST',
          body: JSON.stringify({ endpoint: '/v1/chat/completions', requests: [chatLine('a')] }),
        }),
      )
    await expect(create(before)).rejects.toThrow(TypeError)
    expect(before.state.jobs).toBe(0)
    const after = createEmulator({ seed: 1, faults: { resetAfterRate: 1 } })
    const error = await create(after).catch((e: unknown) => e)
    expect(isEmulatedReset(error) && error.phase).toBe('after')
    expect(after.state.jobs).toBe(1)
  })

  it('cuts /content bodies mid-file under truncateRate, and setFaults turns faults off', async () => {
    const { emulator, upload } = setup()
    const content = 'x'.repeat(200_000)
    const { json: file } = await upload(content)
    emulator.setFaults({ truncateRate: 1 })
    const response = await emulator.fetch(new Request(`${BASE}/v1/files/${file.id}/content`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('200000')
    await expect(response.text()).rejects.toThrow(/cut/)
    expect(emulator.state.faults.truncations).toBe(1)
    emulator.setFaults({})
    expect(await (await emulator.fetch(new Request(`${BASE}/v1/files/${file.id}/content`))).text()).toBe(
      content,
    )
  })

  it('adds latency from a [min, max] range', async () => {
    const emulator = createEmulator({ seed: 1, faults: { latencyMs: [30, 40] } })
    const started = performance.now()
    await list(emulator)
    expect(performance.now() - started).toBeGreaterThanOrEqual(29)
    expect(emulator.state.faults.delayed).toBe(1)
  })

  it('leaves a fault-free emulator untouched', async () => {
    const { seen } = await outcomes(5, undefined, 20)
    expect(new Set(seen)).toEqual(new Set([200]))
  })
})
