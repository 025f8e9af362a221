import { createClient } from '@mistral-batch/core'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createJob, emulatorBackend, renderWithClient } from '../test/emulator'
import { JobsTable } from './JobsTable'

const rows = () => screen.getAllByRole('row').slice(1) // minus the header row

describe('JobsTable', () => {
  it('shows the empty state when there are no jobs', async () => {
    const { client } = emulatorBackend()
    renderWithClient(client, <JobsTable selectedId={null} mine={new Set()} />)
    expect(screen.getByText('Loading jobs…')).toBeTruthy()
    expect(await screen.findByText(/No batch jobs yet/)).toBeTruthy()
  })

  it('explains a network failure and offers a retry', async () => {
    const client = createClient({
      baseURL: 'http://down.local',
      retry: false,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    renderWithClient(client, <JobsTable selectedId={null} mine={new Set()} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/Loading jobs: Cannot reach the server/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(screen.queryByText(/No batch jobs yet/)).toBeNull()
  })

  it('lists jobs newest first with status, progress and the jobs created here tagged', async () => {
    const { client } = emulatorBackend()
    const first = await createJob(client, 2, 'model-a')
    await new Promise((r) => setTimeout(r, 1_100)) // created_at has one-second resolution
    const second = await createJob(client, 3, 'model-b')
    renderWithClient(client, <JobsTable selectedId={second.id} mine={new Set([first.id])} />)
    await waitFor(() => expect(rows()).toHaveLength(2))
    const [top, bottom] = rows()
    expect(top?.getAttribute('data-job-id')).toBe(second.id)
    expect(bottom?.getAttribute('data-job-id')).toBe(first.id)
    expect(top?.className).toMatch(/selected/)
    expect(within(bottom as HTMLElement).getByText('yours')).toBeTruthy()
    expect(within(top as HTMLElement).getByText('model-b')).toBeTruthy()
    expect(within(top as HTMLElement).getByRole('progressbar')).toBeTruthy()
    expect(screen.getByText('1–2 of 2')).toBeTruthy()
  })

  it('pages through jobs ten at a time', async () => {
    const { client } = emulatorBackend()
    for (let i = 0; i < 12; i++) await createJob(client, 1)
    renderWithClient(client, <JobsTable selectedId={null} mine={new Set()} />)
    await waitFor(() => expect(rows()).toHaveLength(10))
    expect(screen.getByText('1–10 of 12')).toBeTruthy()
    expect(screen.getByRole('button', { name: '← Previous' })).toHaveProperty('disabled', true)
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }))
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(screen.getByText('11–12 of 12')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Next →' })).toHaveProperty('disabled', true)
  })

  it('filters by status and by model', async () => {
    const { client } = emulatorBackend({ requestsPerSecond: 0.5 })
    const running = await createJob(client, 50, 'slow-model')
    const other = await createJob(client, 50, 'other-model')
    await client.batch.jobs.cancel(other.id)
    renderWithClient(client, <JobsTable selectedId={null} mine={new Set()} />)
    await waitFor(() => expect(rows()).toHaveLength(2))
    fireEvent.click(screen.getByRole('button', { name: 'Cancelled' }))
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-job-id'))).toEqual([other.id]))
    fireEvent.click(screen.getByRole('button', { name: 'All' }))
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter by model' }), {
      target: { value: 'slow-model' },
    })
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-job-id'))).toEqual([running.id]))
  })

  it('cancels a running job after confirmation, and not before', async () => {
    const { emulator, client } = emulatorBackend({ requestsPerSecond: 0.5 })
    const job = await createJob(client, 50)
    renderWithClient(client, <JobsTable selectedId={null} mine={new Set()} />)
    const cancel = await screen.findByRole('button', { name: 'Cancel job' })
    fireEvent.click(cancel)
    const dialog = screen.getByRole('dialog', { name: /Cancel job/ })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep running' }))
    expect(emulator.jobs()[0]?.status).not.toMatch(/CANCEL/)
    fireEvent.click(screen.getByRole('button', { name: 'Cancel job' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, cancel it' }))
    await waitFor(() => expect(emulator.jobs()[0]?.status).toMatch(/CANCEL/))
    await waitFor(() =>
      expect(screen.getByText(/Cancell(ing|ed)/, { selector: '.badge' }).closest('tr')?.dataset.jobId).toBe(
        job.id,
      ),
    )
  })
})
