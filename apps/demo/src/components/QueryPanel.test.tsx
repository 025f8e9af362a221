import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createJob, emulatorBackend, renderWithClient } from '../test/emulator'
import { QueryPanel } from './QueryPanel'

describe('QueryPanel', () => {
  it('shows a finished job through TanStack Query, with polling stopped', async () => {
    const { client } = emulatorBackend()
    const job = await createJob(client, 3)
    await client.batch.jobs.wait(job.id, { intervalMs: 10 })
    renderWithClient(client, <QueryPanel jobId={job.id} />)
    await waitFor(() => expect(screen.getByTestId('query-status').textContent).toBe('SUCCESS'))
    expect(screen.getByText('3 / 3')).toBeTruthy()
    expect(screen.getByTestId('query-polling').textContent).toBe('stopped (terminal)')
  })

  it('keeps polling a job that is still queued', async () => {
    const { client } = emulatorBackend({ startDelayMs: 60_000 })
    const job = await createJob(client, 2)
    renderWithClient(client, <QueryPanel jobId={job.id} />)
    await waitFor(() => expect(screen.getByTestId('query-status').textContent).toBe('QUEUED'))
    await waitFor(() => expect(screen.getByTestId('query-polling').textContent).toMatch(/^on/))
  })
})
