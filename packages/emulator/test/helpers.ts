import { createEmulator, type Emulator, type EmulatorOptions } from '../src'

export const BASE = 'http://emulator.test'
export const T0 = Date.UTC(2026, 0, 1)

/** A manual clock: `clock.now` is read by the emulator, `clock.advance(ms)` moves time. */
export function manualClock(start = T0) {
  const clock = {
    ms: start,
    now: () => clock.ms,
    advance(ms: number) {
      clock.ms += ms
    },
  }
  return clock
}

export function setup(options: EmulatorOptions = {}) {
  const clock = manualClock()
  const emulator = createEmulator({
    now: clock.now,
    seed: 7,
    startDelayMs: 1_000,
    requestsPerSecond: 10,
    ...options,
  })
  return { emulator, clock, ...client(emulator) }
}

/** Tiny request helpers over `emulator.fetch`. */
export function client(emulator: Emulator) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = { method, headers }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'content-type': 'application/json', ...headers }
    }
    const response = await emulator.fetch(new Request(`${BASE}${path}`, init))
    const text = await response.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    // biome-ignore lint/suspicious/noExplicitAny: test helper: callers assert on the parsed JSON.
    return { status: response.status, headers: response.headers, text, json: json as any }
  }
  async function upload(content: string, options: { filename?: string; purpose?: string | null } = {}) {
    const form = new FormData()
    form.append('file', new File([content], options.filename ?? 'input.jsonl'))
    if (options.purpose !== null) form.append('purpose', options.purpose ?? 'batch')
    const response = await emulator.fetch(new Request(`${BASE}/v1/files`, { method: 'POST', body: form }))
    // biome-ignore lint/suspicious/noExplicitAny: test helper.
    return { status: response.status, json: (await response.json()) as any }
  }
  return { call, upload }
}

export const jsonl = (lines: unknown[]): string => lines.map((line) => JSON.stringify(line)).join('\n')

/** A valid chat request line. */
export const chatLine = (custom_id: string, content = `question ${custom_id}`) => ({
  custom_id,
  body: { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
})

/** Uploads `lines` as a batch file and creates a chat job on it; `get`/`content` read the job and its files. */
export async function startJob(
  lines: unknown[],
  options: EmulatorOptions = {},
  extra: Record<string, unknown> = {},
) {
  const env = setup(options)
  const { json: file } = await env.upload(jsonl(lines))
  const { json: job } = await env.call('POST', '/v1/batch/jobs', {
    endpoint: '/v1/chat/completions',
    input_files: [file.id],
    ...extra,
  })
  const get = async (query = '') => (await env.call('GET', `/v1/batch/jobs/${job.id}${query}`)).json
  const content = async (id: string) => (await env.call('GET', `/v1/files/${id}/content`)).text
  return { ...env, job, get, content }
}
