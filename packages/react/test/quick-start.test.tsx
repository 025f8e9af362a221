// The README's quick start, run against the emulator's real server: the README copies this file's
// component verbatim (tests/runtimes/docs checks it), so the snippet users paste is the one tested here.
import { createClient } from '@mistral-batch/core'
import { createEmulator } from '@mistral-batch/emulator'
import { serve } from '@mistral-batch/emulator/node'
import { BatchClientProvider, useBatchJob, useBatchResults } from '@mistral-batch/react'
import { render, screen, waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'

function Job({ id }: { id: string }) {
  const { job, progress } = useBatchJob(id, { intervalMs: 500 })
  const { rows, status, loadMore } = useBatchResults(id, { pageSize: 2 })
  return (
    <section>
      <p>{job ? `${job.status} ${progress?.completed}/${progress?.total}` : 'Loading…'}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.custom_id}>{`${r.custom_id}: ${r.ok ? 'ok' : 'error'}`}</li>
        ))}
      </ul>
      {status === 'more' && (
        <button type="button" onClick={loadMore}>
          More results
        </button>
      )}
    </section>
  )
}

it('runs the README quick start: the job to SUCCESS, then its results a page at a time', async () => {
  const server = await serve(createEmulator({ startDelayMs: 0, requestsPerSecond: 20 }))
  try {
    const client = createClient({ baseURL: server.url })
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ custom_id: id, body: { input: [id] } }))
    const file = await client.files.upload(lines.join('\n'))
    const { id } = await client.batch.jobs.create({
      endpoint: '/v1/embeddings',
      model: 'm',
      input_files: [file.id],
    })
    render(
      <BatchClientProvider client={client}>
        <Job id={id} />
      </BatchClientProvider>,
    )
    await screen.findByText('SUCCESS 3/3', undefined, { timeout: 5_000 })
    await screen.findByText('b: ok')
    screen.getByRole('button', { name: 'More results' }).click()
    await waitFor(() => expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toHaveLength(3))
    expect(screen.queryByRole('button')).toBeNull()
  } finally {
    await server.close()
  }
})
