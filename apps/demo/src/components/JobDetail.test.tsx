import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createJob, emulatorBackend, renderWithClient } from '../test/emulator'
import { JobDetail } from './JobDetail'

function counter(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('JobDetail', () => {
  it('shows a finished job: counters, results streamed into a table, and a download link', async () => {
    const { client } = emulatorBackend()
    const job = await createJob(client, 4)
    await client.batch.jobs.wait(job.id, { intervalMs: 20 })
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} />)
    await waitFor(() => expect(screen.getByText('Succeeded', { selector: '.badge' })).toBeTruthy())
    expect(counter('Total')).toBe('4')
    expect(counter('Succeeded')).toBe('4')
    expect(counter('Failed')).toBe('0')
    expect(screen.getByRole('progressbar', { name: 'Job progress' }).getAttribute('aria-valuenow')).toBe('4')
    const results = await screen.findByRole('table', { name: 'Results' })
    await waitFor(() => expect(within(results).getAllByRole('row')).toHaveLength(5))
    expect(within(results).getByText('r1')).toBeTruthy()
    expect(within(results).getAllByText('ok 200')).toHaveLength(4)
    const link = await screen.findByRole('link', { name: 'Download results' })
    expect(link.getAttribute('href')).toMatch(/^http:\/\/emulator\.local\/signed\/files\//)
    expect(screen.queryByRole('button', { name: 'Cancel job' })).toBeNull()
  })

  it('streams results a page at a time, with "Show more results" for the rest', async () => {
    const { client } = emulatorBackend()
    const job = await createJob(client, 60)
    await client.batch.jobs.wait(job.id, { intervalMs: 20 })
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} />)
    const more = await screen.findByRole('button', { name: 'Show more results' })
    const results = screen.getByRole('table', { name: 'Results' })
    expect(within(results).getAllByRole('row')).toHaveLength(51)
    fireEvent.click(more)
    await waitFor(() => expect(within(results).getAllByRole('row')).toHaveLength(61))
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull()
  })

  it('shows the error lines of a job whose requests failed', async () => {
    const { client } = emulatorBackend()
    const file = await client.files.upload(
      '{"custom_id":"bad","body":{"messages":"nope"}}\n{"custom_id":"good","body":{"messages":[{"role":"user","content":"hi"}]}}\n',
    )
    const job = await client.batch.jobs.create({
      endpoint: '/v1/chat/completions',
      model: 'm',
      input_files: [file.id],
    })
    await client.batch.jobs.wait(job.id, { intervalMs: 20 })
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} />)
    await waitFor(() => expect(counter('Failed')).toBe('1'))
    const errorRow = (await screen.findByText('bad')).closest('tr') as HTMLElement
    expect(within(errorRow).getByText(/^error/)).toBeTruthy()
    const results = screen.getByRole('table', { name: 'Results' })
    await waitFor(() => expect(within(results).getAllByRole('row')).toHaveLength(3))
    fireEvent.click(screen.getByRole('button', { name: 'Errors only' }))
    expect(within(results).getAllByRole('row')).toHaveLength(2)
    expect(within(results).queryByText('good')).toBeNull()
    expect(await screen.findByRole('link', { name: 'Download errors' })).toBeTruthy()
  })

  it('cancels a running job after confirmation', async () => {
    const { emulator, client } = emulatorBackend({ requestsPerSecond: 0.5 })
    const job = await createJob(client, 40)
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel job' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, cancel it' }))
    await waitFor(() => expect(emulator.jobs()[0]?.status).toMatch(/CANCEL/))
    await waitFor(() => expect(screen.getByText(/Cancell(ing|ed)/, { selector: '.badge' })).toBeTruthy())
  })

  it('deletes after confirmation and reports it', async () => {
    const { emulator, client } = emulatorBackend()
    const job = await createJob(client, 1)
    const onDeleted = vi.fn()
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={onDeleted} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Delete job' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(job.id))
    expect(emulator.state.jobs).toBe(0)
  })

  it('explains a job that does not exist', async () => {
    const { client } = emulatorBackend()
    renderWithClient(
      client,
      <JobDetail jobId="00000000-0000-4000-8000-000000000000" onClose={() => {}} onDeleted={() => {}} />,
    )
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not found \(404\)/)
  })
})
