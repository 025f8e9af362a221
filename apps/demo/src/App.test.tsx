import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from './App'
import { STORAGE_KEY } from './lib/storage'
import { chatJsonl, createJob, emulatorBackend, renderWithClient } from './test/emulator'

describe('App', () => {
  it('creates a job, remembers it in localStorage and opens it', async () => {
    const { client } = emulatorBackend()
    renderWithClient(client, <App showMode={false} />)
    const file = new File([chatJsonl(2)], 'two.jsonl')
    fireEvent.change(screen.getByLabelText('Batch file'), { target: { files: [file] } })
    await screen.findByText(/2 requests, valid/)
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    const detail = await screen.findByRole('region', { name: /^Job [0-9a-f]{8}/ })
    const id = detail.getAttribute('data-job-id') ?? ''
    expect(window.location.hash).toBe(`#/jobs/${id}`)
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')).toEqual([expect.objectContaining({ id })])
    const watched = screen.getByRole('region', { name: 'Created in this browser' })
    await waitFor(() => expect(within(watched).getByText('Succeeded')).toBeTruthy())
  })

  it('resumes watching the jobs remembered by an earlier visit, and opens the one in the URL', async () => {
    const { client } = emulatorBackend({ requestsPerSecond: 0.5 })
    const job = await createJob(client, 30)
    localStorage.setItem(STORAGE_KEY, JSON.stringify([{ id: job.id, created_at: job.created_at }]))
    window.location.hash = `#/jobs/${job.id}`
    renderWithClient(client, <App showMode={false} />)
    const watched = screen.getByRole('region', { name: 'Created in this browser' })
    await waitFor(() => expect(within(watched).getByText('Running')).toBeTruthy())
    expect(screen.getByRole('region', { name: /^Job [0-9a-f]{8}/ }).getAttribute('data-job-id')).toBe(job.id)
    fireEvent.click(screen.getByRole('button', { name: 'Close job' }))
    expect(screen.queryByRole('region', { name: /^Job [0-9a-f]{8}/ })).toBeNull()
    expect(screen.getByText(/Select a job/)).toBeTruthy()
  })

  it('forgets a remembered job on request', async () => {
    const { client } = emulatorBackend()
    const job = await createJob(client, 1)
    localStorage.setItem(STORAGE_KEY, JSON.stringify([{ id: job.id, created_at: job.created_at }]))
    renderWithClient(client, <App showMode={false} />)
    fireEvent.click(await screen.findByRole('button', { name: /^Forget job/ }))
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')).toEqual([])
    expect(screen.getByText(/Jobs you create here are remembered/)).toBeTruthy()
  })
})
