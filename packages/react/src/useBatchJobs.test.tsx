import type { ListJobsParams } from '@mistral-batch/core'
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi, makeJob } from '../test/fake-api'
import { renderWith } from '../test/render'
import { useBatchJobs } from './useBatchJobs'

function Jobs(props: { params: ListJobsParams; enabled?: boolean }) {
  const { jobs, total, status } = useBatchJobs(props.params, {
    intervalMs: 1_000,
    enabled: props.enabled ?? true,
  })
  return <p data-testid="out">{`${status} ${total} ${jobs.map((j) => `${j.id}:${j.status}`).join(',')}`}</p>
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useBatchJobs', () => {
  it('lists jobs with total, sending every filter, paging included', async () => {
    const api = fakeBatchApi()
    api.jobs.set('a', makeJob({ id: 'a' }))
    api.jobs.set('b', makeJob({ id: 'b', status: 'SUCCESS' }))
    const params: ListJobsParams = {
      page: 2,
      page_size: 5,
      model: 'm',
      agent_id: 'ag',
      metadata: { team: 'x' },
      created_after: '2025-01-01T00:00:00.000Z',
      created_by_me: true,
      status: ['RUNNING', 'QUEUED'],
      order_by: 'created',
    }
    renderWith(api.client, <Jobs params={params} />)
    await advance(0)
    expect(screen.getByTestId('out').textContent).toBe('success 2 a:RUNNING,b:SUCCESS')
    const query = new URLSearchParams(api.requests[0]?.path.split('?')[1])
    expect(Object.fromEntries(query)).toMatchObject({ page: '2', page_size: '5', model: 'm', agent_id: 'ag' })
    expect(query.getAll('status')).toEqual(['RUNNING', 'QUEUED'])
    expect(query.get('created_by_me')).toBe('true')
    expect(query.get('order_by')).toBe('created')
    expect(query.get('team')).toBe('x')
  })

  it('keeps one observer for equal params in a new object on every render', async () => {
    const api = fakeBatchApi()
    const view = renderWith(api.client, <Jobs params={{ status: 'RUNNING' }} />)
    await advance(1_000)
    view.rerender(<Jobs params={{ status: 'RUNNING' }} />)
    await advance(0)
    expect(api.requests.map((r) => r.at)).toEqual([0, 1_000])
  })

  it('switches observers when params change, and the old query stops', async () => {
    const api = fakeBatchApi()
    const view = renderWith(api.client, <Jobs params={{ page: 0 }} />)
    await advance(1_000)
    view.rerender(<Jobs params={{ page: 1 }} />)
    await advance(60_000)
    const pages = api.requests.map((r) => new URLSearchParams(r.path.split('?')[1]).get('page'))
    expect(pages.slice(0, 2)).toEqual(['0', '0'])
    expect(pages.slice(2).every((page) => page === '1')).toBe(true)
    expect(pages.length).toBeGreaterThan(4)
  })

  it('makes no request when disabled', async () => {
    const api = fakeBatchApi()
    renderWith(api.client, <Jobs params={{}} enabled={false} />)
    await advance(60_000)
    expect(api.requests).toEqual([])
    expect(screen.getByTestId('out').textContent).toBe('idle 0 ')
  })
})
