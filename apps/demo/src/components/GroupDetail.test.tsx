import { createClient } from '@mistral-batch/core'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../App'
import { chatJsonl, emulatorBackend, renderWithClient } from '../test/emulator'

describe('A group for an input over the per-job limit', () => {
  it('creates one job per shard, shows one progress bar reaching 100 % and every custom_id once', async () => {
    const { emulator } = emulatorBackend({ maxRequestsPerJob: 10, requestsPerSecond: 50 })
    // Each answer comes a macrotask later, as over a network, so React renders between the shards.
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await emulator.fetch(new Request(input, init))
      await new Promise((resolve) => setTimeout(resolve, 5))
      return response
    }
    const client = createClient({ baseURL: 'http://emulator.local', fetch, retry: false })
    renderWithClient(client, <App showMode={false} />, 10)
    const file = new File([chatJsonl(25)], 'big.jsonl')
    fireEvent.change(screen.getByLabelText('Batch file'), { target: { files: [file] } })
    await screen.findByText(/25 requests, valid/)
    // What the upload bar said while the shards went up: bytes sent of the input's size.
    const seen = new Set<string>()
    const watch = new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Upload progress"]')
      if (bar) seen.add(`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`)
    })
    watch.observe(document.body, { subtree: true, childList: true, attributes: true })
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))

    const group = await screen.findByRole('region', { name: /^Group / })
    watch.disconnect()
    const size = file.size
    const partial = [...seen].filter((v) => v.endsWith(`/${size}`) && !v.startsWith(`${size}/`))
    expect(partial.length).toBeGreaterThan(0)
    const jobs = await within(group).findByRole('list', { name: 'Jobs of the group' })
    await waitFor(() => expect(within(jobs).getAllByRole('listitem')).toHaveLength(3))
    expect(emulator.state.jobs).toBe(3)
    const bar = within(group).getByRole('progressbar', { name: /^Progress of group / })
    await waitFor(() => expect(bar.getAttribute('aria-valuetext')).toBe('25 of 25 requests (100%)'), {
      timeout: 5_000,
    })
    expect(within(group).getAllByRole('progressbar')).toHaveLength(1)

    const table = await within(group).findByRole('table', { name: 'Group results' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(26))
    const ids = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(new Set(ids).size).toBe(25)
    expect([...ids].sort()).toEqual(Array.from({ length: 25 }, (_, i) => `r${i + 1}`).sort())
    // The TanStack Query panel (batchGroupQueryOptions) agrees, and has stopped polling.
    await waitFor(() => expect(within(group).getByTestId('group-query-status').textContent).toBe('SUCCESS'))
    expect(within(group).getByTestId('group-query-polling').textContent).toBe('stopped (terminal)')
  })

  it('keeps a single job for an input within the limit', async () => {
    const { emulator, client } = emulatorBackend({ maxRequestsPerJob: 10 })
    renderWithClient(client, <App showMode={false} />, 10)
    fireEvent.change(screen.getByLabelText('Batch file'), {
      target: { files: [new File([chatJsonl(10)], 'ten.jsonl')] },
    })
    await screen.findByText(/10 requests, valid/)
    fireEvent.click(screen.getByRole('button', { name: 'Create batch job' }))
    await screen.findByRole('region', { name: /^Job [0-9a-f]{8}/ })
    expect(emulator.state.jobs).toBe(1)
    expect(screen.queryByRole('region', { name: /^Group / })).toBeNull()
  })
})
