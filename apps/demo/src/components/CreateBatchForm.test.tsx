import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { chatJsonl, emulatorBackend, renderWithClient } from '../test/emulator'
import { CreateBatchForm } from './CreateBatchForm'

function pickFile(text: string, name = 'batch.jsonl') {
  const input = screen.getByLabelText('Batch file')
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/jsonl' })] } })
}

describe('CreateBatchForm', () => {
  it('validates a picked file in the browser, uploads it and creates the job', async () => {
    const { emulator, client } = emulatorBackend()
    const onCreated = vi.fn()
    renderWithClient(client, <CreateBatchForm onCreated={onCreated} />)
    expect(screen.getByRole('combobox', { name: 'Endpoint' })).toHaveProperty('value', '/v1/chat/completions')
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), {
      target: { value: 'mistral-large-latest' },
    })
    pickFile(chatJsonl(3))
    await screen.findByText(/3 requests, valid/)
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const job = onCreated.mock.calls[0]?.[0]
    expect(job).toMatchObject({ endpoint: '/v1/chat/completions', model: 'mistral-large-latest' })
    expect(job.metadata).toMatchObject({ source: 'demo' })
    expect(emulator.state).toMatchObject({ jobs: 1, uploads: 1 })
    const upload = emulator.files().find((f) => f.source === 'upload')
    expect(upload).toMatchObject({ purpose: 'batch' })
    expect(upload?.filename).toMatch(/^batch.*\.jsonl$/)
  })

  it('lists problems by line and uploads nothing while the input is invalid', async () => {
    const { emulator, client } = emulatorBackend()
    const onCreated = vi.fn()
    renderWithClient(client, <CreateBatchForm onCreated={onCreated} />)
    const bad = `${chatJsonl(1)}not json\n{"custom_id":"r1","body":{"messages":[{"role":"user","content":"x"}]}}\n`
    pickFile(bad)
    const problems = await screen.findByRole('list', { name: 'Problems by line' })
    expect(within(problems).getByText('Line 2')).toBeTruthy()
    expect(within(problems).getByText('Line 3')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/not valid/))
    expect(onCreated).not.toHaveBeenCalled()
    expect(emulator.state).toMatchObject({ jobs: 0, uploads: 0 })
  })

  it('warns, without blocking, when a body names another model than the job', async () => {
    const { emulator, client } = emulatorBackend()
    const onCreated = vi.fn()
    renderWithClient(client, <CreateBatchForm onCreated={onCreated} />)
    pickFile('{"custom_id":"a","body":{"model":"other-model","messages":[{"role":"user","content":"hi"}]}}\n')
    const verdict = await screen.findByText(/1 request, valid \(1 warning\)/)
    expect(verdict).toBeTruthy()
    expect(screen.getByText('Line 1')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(emulator.state.jobs).toBe(1)
  })

  it('composes embeddings requests from rows, one per non-empty row', async () => {
    const { emulator, client } = emulatorBackend()
    const onCreated = vi.fn()
    renderWithClient(client, <CreateBatchForm onCreated={onCreated} />)
    fireEvent.click(screen.getByRole('radio', { name: 'Write requests' }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Endpoint' }), {
      target: { value: '/v1/embeddings' },
    })
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveProperty('value', 'mistral-embed')
    fireEvent.change(screen.getByLabelText('Texts to embed, one per row'), {
      target: { value: 'first text\n\nsecond text\n' },
    })
    await screen.findByText(/2 requests, valid/)
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ endpoint: '/v1/embeddings', model: 'mistral-embed' })
    expect(emulator.state.uploads).toBe(1)
    await waitFor(() => expect(emulator.jobs()[0]).toMatchObject({ total_requests: 2 }))
  })

  it('explains a rejected key (401) in the error panel', async () => {
    const { client } = emulatorBackend({ apiKey: 'the-right-key' }, 'a-wrong-key')
    renderWithClient(client, <CreateBatchForm onCreated={() => {}} />)
    pickFile(chatJsonl(2))
    await screen.findByText(/2 requests, valid/)
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/The API key was rejected \(401\)/)
    expect(alert.textContent).toMatch(/MISTRAL_API_KEY/)
  })
})
