import { createClient, type MistralBatchClient } from '@mistral-batch/core'
import { createEmulator, type Emulator, type EmulatorOptions } from '@mistral-batch/emulator'
import { type RenderResult, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { ClientProvider } from '../lib/client-context'

export interface TestBackend {
  emulator: Emulator
  client: MistralBatchClient
}

/**
 * A real emulator in-process, and a client whose fetch calls it directly: every request goes through the
 * emulator's HTTP handling, with no socket. Fast by default (no queue delay, 1_000 requests/s).
 */
export function emulatorBackend(options: EmulatorOptions = {}, apiKey?: string): TestBackend {
  const emulator = createEmulator({ startDelayMs: 0, requestsPerSecond: 1_000, cancelDelayMs: 0, ...options })
  const client = createClient({
    baseURL: 'http://emulator.local',
    fetch: (input, init) => emulator.fetch(new Request(input, init)),
    retry: false,
    ...(apiKey ? { apiKey } : {}),
  })
  return { emulator, client }
}

/** Renders `ui` with the client provided, as main.tsx does. */
export function renderWithClient(
  client: MistralBatchClient,
  ui: ReactNode,
  maxRequestsPerJob?: number,
): RenderResult {
  const limit = maxRequestsPerJob === undefined ? {} : { maxRequestsPerJob }
  return render(
    <ClientProvider client={client} {...limit}>
      {ui}
    </ClientProvider>,
  )
}

/** JSONL for `n` chat requests with custom_ids r1…rn. */
export function chatJsonl(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `${JSON.stringify({ custom_id: `r${i + 1}`, body: { messages: [{ role: 'user', content: `Q${i + 1}` }] } })}\n`,
  ).join('')
}

/** Uploads `n` chat requests and creates a job on them, straight through the client. */
export async function createJob(client: MistralBatchClient, n: number, model = 'mistral-small-latest') {
  const file = await client.files.upload(chatJsonl(n), { file_name: `t-${n}.jsonl` })
  return client.batch.jobs.create({ endpoint: '/v1/chat/completions', model, input_files: [file.id] })
}
