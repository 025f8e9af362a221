import type { BatchResult } from '@mistral-batch/core'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createJob, emulatorBackend, renderWithClient } from '../test/emulator'
import { JobDetail } from './JobDetail'

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of source) all.push(item)
  return all
}

describe('Retry failed requests', () => {
  it('makes a job of exactly the failed custom_ids, and a second click returns the same job', async () => {
    const { emulator, client } = emulatorBackend({ failRate: 0.3, seed: 11 })
    const job = await createJob(client, 40)
    const done = await client.batch.jobs.wait(job.id, { intervalMs: 20 })
    const failed = (await collect<BatchResult>(client.batch.results(done)))
      .filter((row) => !row.ok)
      .map((row) => row.custom_id)
      .sort()
    expect(failed.length).toBe(done.failed_requests)
    expect(failed.length).toBeGreaterThan(0)
    const onOpenJob = vi.fn()
    renderWithClient(
      client,
      <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} onOpenJob={onOpenJob} />,
    )

    const retry = await screen.findByRole('button', { name: 'Retry failed requests' })
    fireEvent.click(retry)
    const made = await screen.findByRole('status')
    const retryId = made.getAttribute('data-retry-id') ?? ''
    expect(retryId).not.toBe(job.id)
    const retryJob = await client.batch.jobs.get(retryId)
    const input = await new Response(await client.files.download(retryJob.input_files[0] ?? '')).text()
    const retried = input
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { custom_id: string }).custom_id)
      .sort()
    expect(retried).toEqual(failed)

    fireEvent.click(retry)
    await waitFor(() => expect(made.textContent).toMatch(/the same job on all 2 clicks/))
    expect(screen.getByRole('status').getAttribute('data-retry-id')).toBe(retryId)
    expect(emulator.state.jobs).toBe(2)
    fireEvent.click(screen.getByRole('button', { name: 'Open retry job' }))
    expect(onOpenJob).toHaveBeenCalledWith(retryId)
  })

  it('is not offered for a job with no failure', async () => {
    const { client } = emulatorBackend()
    const job = await createJob(client, 3)
    await client.batch.jobs.wait(job.id, { intervalMs: 20 })
    renderWithClient(client, <JobDetail jobId={job.id} onClose={() => {}} onDeleted={() => {}} />)
    await screen.findByRole('table', { name: 'Results' })
    expect(screen.queryByRole('button', { name: 'Retry failed requests' })).toBeNull()
  })
})
