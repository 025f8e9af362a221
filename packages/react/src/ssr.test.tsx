// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeBatchApi } from '../test/fake-api'
import { BatchClientProvider } from './context'
import { useBatchJob } from './useBatchJob'
import { useBatchJobs } from './useBatchJobs'
import { useUploadBatch } from './useUploadBatch'

function Page() {
  const { status, job } = useBatchJob('job-1')
  const list = useBatchJobs({ status: 'RUNNING' })
  const upload = useUploadBatch()
  return <p>{`${status} ${job?.id ?? '-'} ${list.status} ${list.total} ${upload.status}`}</p>
}

afterEach(() => {
  vi.useRealTimers()
  Reflect.deleteProperty(globalThis, 'window')
  Reflect.deleteProperty(globalThis, 'document')
})

describe('server rendering', () => {
  it('renders the loading state (an id, enabled) with no request, no timer, and no window or document read', async () => {
    vi.useFakeTimers()
    const touched: string[] = []
    for (const name of ['window', 'document']) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => void touched.push(name),
      })
    }
    const api = fakeBatchApi()
    const html = renderToString(
      <BatchClientProvider client={api.client}>
        <Page />
      </BatchClientProvider>,
    )
    await vi.advanceTimersByTimeAsync(60_000)
    expect(html).toBe('<p>loading - loading 0 idle</p>')
    expect(api.requests).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    expect(touched).toEqual([])
  })
})
