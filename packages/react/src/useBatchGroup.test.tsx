import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi, makeJob } from '../test/fake-api'
import { renderWith } from '../test/render'
import { useBatchGroup } from './useBatchGroup'

/** A shard job of group `g` in the fake API. */
const shard = (index: number, patch: Parameters<typeof makeJob>[0] = {}, final = false) =>
  makeJob({
    id: `job-${index}`,
    created_at: index,
    metadata: {
      mistral_batch_group: 'g',
      mistral_batch_shard: String(index),
      ...(final ? { mistral_batch_final: 'true' } : {}),
    },
    ...patch,
  })

function withGroup() {
  const api = fakeBatchApi()
  api.jobs.set('job-0', shard(0, { completed_requests: 4, succeeded_requests: 4 }))
  api.jobs.set('job-1', shard(1, { completed_requests: 2, succeeded_requests: 1, failed_requests: 1 }, true))
  const lists = () => api.requests.filter((r) => r.path.startsWith('/v1/batch/jobs?')).length
  return { ...api, lists }
}

function Watch(props: { id: string | null }) {
  const { group, status, isTerminal, progress } = useBatchGroup(props.id, { intervalMs: 1_000 })
  return (
    <p data-testid="out">{`${status} ${group?.status ?? '-'} ${isTerminal} ${progress?.completed ?? '-'}/${progress?.total ?? '-'}`}</p>
  )
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

// Groups' lazy chunk is loaded before fake time by preloadClient (test/preload-client.setup.ts).
beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useBatchGroup', () => {
  it('shows the group with its summed counters', async () => {
    const api = withGroup()
    renderWith(api.client, <Watch id="g" />)
    await advance(10)
    expect(screen.getByTestId('out').textContent).toBe('success RUNNING false 6/20')
  })

  it('makes as many requests for fifty components as for one', async () => {
    const one = withGroup()
    renderWith(one.client, <Watch id="g" />)
    await advance(60_000)
    cleanup()
    const fifty = withGroup()
    renderWith(
      fifty.client,
      Array.from({ length: 50 }, (_, i) => <Watch key={String(i)} id="g" />),
    )
    await advance(60_000)
    expect(one.lists()).toBeGreaterThan(3)
    expect(fifty.lists()).toBe(one.lists())
  })

  it('makes no request for ten minutes after every component unmounts', async () => {
    const api = withGroup()
    const view = renderWith(api.client, [<Watch key="a" id="g" />, <Watch key="b" id="g" />], {
      strict: true,
    })
    await advance(5_000)
    const before = api.requests.length
    view.unmount()
    await advance(600_000)
    expect(api.requests.length).toBe(before)
  })

  it('stops polling once every job is terminal', async () => {
    const api = withGroup()
    renderWith(api.client, <Watch id="g" />)
    await advance(10)
    api.jobs.set('job-0', shard(0, { status: 'SUCCESS', completed_requests: 10, succeeded_requests: 10 }))
    api.jobs.set(
      'job-1',
      shard(1, { status: 'SUCCESS', completed_requests: 10, succeeded_requests: 10 }, true),
    )
    await advance(1_000)
    expect(screen.getByTestId('out').textContent).toBe('success SUCCESS true 20/20')
    const settled = api.lists()
    await advance(600_000)
    expect(api.lists()).toBe(settled)
  })

  it('is idle and makes no request without an id', async () => {
    const api = withGroup()
    renderWith(api.client, <Watch id={null} />)
    await advance(60_000)
    expect(screen.getByTestId('out').textContent).toBe('idle - false -/-')
    expect(api.requests).toEqual([])
  })
})
