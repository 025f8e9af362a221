import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi } from '../test/fake-api'
import { renderWith } from '../test/render'
import { type UseBatchJobOptions, useBatchJob } from './useBatchJob'

const JOB = '/v1/batch/jobs/job-1'

function Watch(props: { id: string; options?: UseBatchJobOptions }) {
  const { status } = useBatchJob(props.id, props.options)
  return <p data-testid="out">{status}</p>
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const fixed = (ms: number): UseBatchJobOptions => ({ intervalMs: ms, maxIntervalMs: ms })

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useBatchJob options per component', () => {
  it('polls at 1 s while a 1 s and a 10 s component watch one job, at 10 s once the 1 s one unmounts', async () => {
    const api = fakeBatchApi()
    const both = [
      <Watch key="slow" id="job-1" options={fixed(10_000)} />,
      <Watch key="fast" id="job-1" options={fixed(1_000)} />,
    ]
    const view = renderWith(api.client, both)
    await advance(10_000)
    expect(api.count(JOB)).toBe(11)
    view.rerender([<Watch key="slow" id="job-1" options={fixed(10_000)} />])
    await advance(30_000)
    expect(api.count(JOB)).toBe(14)
  })

  it('renders in the other order the same way (no last-writer-wins)', async () => {
    const api = fakeBatchApi()
    const both = [
      <Watch key="fast" id="job-1" options={fixed(1_000)} />,
      <Watch key="slow" id="job-1" options={fixed(10_000)} />,
    ]
    renderWith(api.client, both)
    await advance(10_000)
    expect(api.count(JOB)).toBe(11)
  })

  it('follows a component that changes its own interval, with no second loop', async () => {
    const api = fakeBatchApi()
    const view = renderWith(api.client, <Watch id="job-1" options={fixed(10_000)} />)
    await advance(10_000)
    expect(api.count(JOB)).toBe(2)
    view.rerender(<Watch id="job-1" options={fixed(1_000)} />)
    await advance(5_000)
    expect(api.count(JOB)).toBe(7)
    expect(vi.getTimerCount()).toBe(1)
  })

  it('shows loading (not idle) on the first render of an enabled hook with an id', () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Watch id="job-1" />)
    expect(screen.getByTestId('out').textContent).toBe('loading')
  })
})
