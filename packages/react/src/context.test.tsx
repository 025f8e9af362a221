import { render, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeBatchApi } from '../test/fake-api'
import { BatchClientProvider, useBatchClient } from './context'
import { useBatchJob } from './useBatchJob'

function Orphan() {
  useBatchJob('job-1')
  return null
}

describe('useBatchClient', () => {
  it('returns the client of the nearest provider', () => {
    const { client } = fakeBatchApi()
    const { result } = renderHook(() => useBatchClient(), {
      wrapper: ({ children }) => <BatchClientProvider client={client}>{children}</BatchClientProvider>,
    })
    expect(result.current).toBe(client)
  })

  it('throws an error naming the provider to wrap with, outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Orphan />)).toThrow(/Wrap your app .* in <BatchClientProvider client=\{createClient/)
    vi.restoreAllMocks()
  })
})
